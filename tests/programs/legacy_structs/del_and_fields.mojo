# Legacy user __del__ with fields: fields the body does not use die before it;
# used fields die after their last use in the body.
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


struct Outer(Movable):
    var a: C
    var b: C

    fn __init__(out self, x: Int):
        self.a = C(x)
        self.b = C(x + 1)

    fn __del__(owned self):
        print("Outer del start")
        print("b is", self.b.x)
        print("Outer del end")


struct Both(Movable):
    var a: C
    var b: C

    fn __init__(out self, x: Int):
        self.a = C(x)
        self.b = C(x + 1)

    fn __del__(owned self):
        print("Both del", self.a.x, self.b.x)


fn main():
    var o = Outer(1)
    print("made", o.a.x)
    print("--")
    var b = Both(5)
    print("made", b.b.x)
    print("end")
# VERIFIED-WITH: mojo 0.25.6
