# VERIFIED-WITH: mojo 1.2.0
def a(n: Int) raises -> Int:
    if n == 0:
        raise Error("hit zero")
    return a(n - 1) + 1

def main():
    try:
        print(a(3))
    except e:
        print("caught", e)
    print("continuing")
