# __exit__(self, err) returning True swallows the error.
struct Swallow:
    def __init__(out self):
        pass

    def __enter__(self):
        print("enter")

    def __exit__(self):
        print("exit clean")

    def __exit__(self, err: Error) -> Bool:
        print("swallowed:", err)
        return True

def risky(n: Int) raises -> Int:
    if n > 2:
        raise Error("too big " + String(n))
    return n * 10

def main() raises:
    for i in range(5):
        with Swallow():
            print("got", risky(i))
    print("end")
# VERIFIED-WITH: mojo 1.2.0
