# VERIFIED-WITH: mojo 1.2.0
def risky(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative input")
    return x * 2

def main():
    try:
        print(risky(5))
        print(risky(-1))
        print("not reached")
    except e:
        print("caught:", e)
    print("after")
