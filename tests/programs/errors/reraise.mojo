# VERIFIED-WITH: mojo 1.2.0
def level2() raises:
    raise Error("deep")

def level1() raises:
    try:
        level2()
    except e:
        print("level1 saw:", e)
        raise e

def main():
    try:
        level1()
    except e:
        print("main saw:", e)
