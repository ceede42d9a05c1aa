# VERIFIED-WITH: mojo 1.2.0
def check(x: Int) raises:
    if x > 2:
        raise Error("too big: " + String(x))

def run(x: Int):
    try:
        check(x)
        print("try ok", x)
    except e:
        print("except", e)
    else:
        print("else", x)
    finally:
        print("finally", x)

def main():
    run(1)
    run(5)
