# A value used in only one branch dies at the start of the other branch.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def branch(c: Bool):
    var a = P(1)
    print("start")
    if c:
        print("then", a.x)
        print("then end")
    else:
        print("else start")
        print("else end")
    print("after if")


def both(c: Bool):
    var a = P(2)
    var b = P(3)
    if c:
        print("then", a.x)
    else:
        print("else", b.x)
    print("after if")


def main():
    branch(True)
    print("==")
    branch(False)
    print("==")
    both(True)
    print("==")
    both(False)
# VERIFIED-WITH: mojo 1.2.0
