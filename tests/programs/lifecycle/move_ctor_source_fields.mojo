# In a move constructor the deinit source is not destroyed as a whole;
# its fields not moved out die individually after their last use.
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


struct Holder(Copyable, Movable):
    var a: C
    var b: C

    def __init__(out self, x: Int):
        self.a = C(x)
        self.b = C(x + 1)

    def __init__(out self, *, copy: Self):
        print("Holder copy begin")
        self.a = copy.a.copy()
        self.b = copy.b.copy()
        print("Holder copy end")

    def __init__(out self, *, deinit move: Self):
        print("Holder move begin")
        self.a = move.a.copy()
        self.b = move.b^
        print("Holder move end")

    def __deinit__(deinit self):
        print("Holder del", self.a.x, self.b.x)


def main():
    var h = Holder(1)
    print("made")
    var m = h^
    print("moved", m.a.x, m.b.x)
    var c = m.copy()
    print("copied", c.a.x, c.b.x)
    print("end", m.a.x)
# VERIFIED-WITH: mojo 1.2.0
