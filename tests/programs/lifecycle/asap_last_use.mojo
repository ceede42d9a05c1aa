# ASAP: a value is destroyed right after the statement with its last use.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def show(p: P):
    print("show", p.x)


def main():
    var a = P(1)
    print("a.x", a.x)
    print("after a")
    var b = P(2)
    show(b)
    print("after show")
    var c = P(3)
    var d = P(4)
    print(d.x)
    print("between")
    print(c.x)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
