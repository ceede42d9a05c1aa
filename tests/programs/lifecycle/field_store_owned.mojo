# Storing owned values into fields: moving an owned argument into a field
# runs the move constructor; constructing in place does not.
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


struct Slot(Movable):
    var c: C
    var tag: Int

    def __init__(out self, var c: C, tag: Int):
        print("Slot init begin")
        self.c = c^
        self.tag = tag
        print("Slot init end")

    def __init__(out self, x: Int):
        self.c = C(x)
        self.tag = -1

    def get(self) -> C:
        return self.c

    def __deinit__(deinit self):
        print("Slot del", self.tag, self.c.x)


def main():
    var x = C(1)
    var s = Slot(x^, 10)
    print("--")
    var g = s.get()
    print("got", g.x)
    print("--")
    var t = Slot(2)
    print("t", t.tag)
    print("end", s.tag)
# VERIFIED-WITH: mojo 1.2.0
