# Legacy __moveinit__(owned existing): fields of the source that are not moved
# out die individually; the source's __del__ never runs.
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


struct Holder(Movable):
    var a: C
    var b: C

    fn __init__(out self, x: Int):
        self.a = C(x)
        self.b = C(x + 1)

    fn __moveinit__(out self, owned existing: Self):
        print("Holder move begin")
        self.a = existing.a.copy()
        self.b = existing.b^
        print("Holder move end")

    fn __del__(owned self):
        print("Holder del", self.a.x, self.b.x)


fn main():
    var h = Holder(1)
    print("made")
    var m = h^
    print("moved", m.a.x, m.b.x)
    print("end")
# VERIFIED-WITH: mojo 0.25.6
