# Passing to read and var (owned) arguments: with ^, at last use, and before later use.
struct C(ImplicitlyCopyable, Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __init__(out self, *, copy: Self):
        self.x = copy.x + 100
        print("copy", copy.x, "->", self.x)

    def __init__(out self, *, deinit move: Self):
        self.x = move.x
        print("move", move.x)

    def __deinit__(deinit self):
        print("del", self.x)


def read_it(c: C):
    print("read", c.x)


def own_it(var c: C):
    print("own", c.x)


def main():
    var a = C(1)
    read_it(a)
    print("--")
    var b = C(2)
    own_it(b^)
    print("--")
    var c = C(3)
    own_it(c)
    print("--")
    var d = C(4)
    own_it(d)
    print("d still", d.x)
    print("--")
    var e = C(5)
    own_it(e.copy())
    print("e still", e.x)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
