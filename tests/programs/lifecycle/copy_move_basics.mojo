# .copy(), ^ and implicit copies; a copy at the last use becomes a move.
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


def main():
    var a = C(1)
    var b = a.copy()
    print("b", b.x, "a", a.x)
    print("--")
    var c = C(2)
    var d = c^
    print("d", d.x)
    print("--")
    var e = C(3)
    var f = e
    print("f", f.x, "e", e.x)
    print("--")
    var g = C(4)
    var h = g
    print("h", h.x)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
