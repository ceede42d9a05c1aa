# A user __deinit__ runs before the fields' destructors; fields die in
# declaration order, and fields the body never uses die before the body.
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


struct Both(Movable):
    var a: C
    var b: C

    def __init__(out self, x: Int):
        self.a = C(x)
        self.b = C(x + 1)

    def __deinit__(deinit self):
        print("Both del", self.a.x, self.b.x)


struct OnlyB(Movable):
    var a: C
    var b: C

    def __init__(out self, x: Int):
        self.a = C(x)
        self.b = C(x + 1)

    def __deinit__(deinit self):
        print("OnlyB del start")
        print("b is", self.b.x)
        print("OnlyB del end")


struct Neither(Movable):
    var a: C
    var b: C

    def __init__(out self, x: Int):
        self.a = C(x)
        self.b = C(x + 1)

    def __deinit__(deinit self):
        print("Neither del")


def main():
    var x = Both(1)
    print("made", x.a.x)
    print("--")
    var y = OnlyB(3)
    print("made", y.a.x)
    print("--")
    var z = Neither(5)
    print("made", z.a.x)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
