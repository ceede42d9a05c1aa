# Early return: values not needed on the returning path die at its start.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def pick(c: Bool) -> Int:
    var a = P(1)
    var b = P(2)
    if c:
        print("early")
        return a.x
    print("late", b.x)
    return 0


def guard(c: Bool) -> Int:
    var a = P(3)
    if c:
        return -1
    print("no early return")
    return a.x


def main():
    print(pick(True))
    print("==")
    print(pick(False))
    print("==")
    print(guard(True))
    print("==")
    print(guard(False))
# VERIFIED-WITH: mojo 1.2.0
