# Inside a function: copying a read argument copies, copying a var argument moves.
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


def from_read(a: C):
    print("from_read")
    var b = a
    print("b", b.x)


def from_var(var a: C):
    print("from_var")
    var b = a
    print("b", b.x)


def pass_through(var a: C) -> C:
    print("pass_through")
    return a


def main():
    var x = C(1)
    from_read(x)
    print("--")
    from_var(x)
    print("--")
    var y = C(2)
    var z = pass_through(y)
    print("z", z.x)
# VERIFIED-WITH: mojo 1.2.0
