# Assigning over a live variable: the old value dies after its own last use.
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


def bump(c: C) -> C:
    print("bump", c.x)
    return C(c.x + 1)


def main():
    var h = C(1)
    var i = C(2)
    print("i", i.x)
    i = h
    print("i", i.x, "h", h.x)
    print("--")
    var j = C(3)
    var k = C(4)
    print("k", k.x)
    k = j
    print("k", k.x)
    print("--")
    var e = C(5)
    print("e", e.x)
    e = C(6)
    print("e", e.x)
    print("--")
    var a = C(7)
    print("a", a.x)
    a = bump(a)
    print("a", a.x)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
