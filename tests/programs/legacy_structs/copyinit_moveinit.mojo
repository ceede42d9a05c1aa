# Legacy __copyinit__/__moveinit__: .copy(), ^, implicit copy, last-use move.
# ERA: legacy
struct C(ImplicitlyCopyable, Movable):
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x
        print("init", x)

    fn __copyinit__(out self, existing: Self):
        self.x = existing.x + 100
        print("copy", existing.x, "->", self.x)

    fn __moveinit__(out self, owned existing: Self):
        self.x = existing.x
        print("move", existing.x)

    fn __del__(owned self):
        print("del", self.x)


fn main():
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
# VERIFIED-WITH: mojo 0.25.6
