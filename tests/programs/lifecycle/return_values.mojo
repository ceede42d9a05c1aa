# Returning values: a local returned with ^ is moved (move ctor runs);
# a temporary returned directly is built in place.
struct C(Copyable, Movable):
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


def local_result(x: Int) -> C:
    var c = C(x)
    print("built local")
    return c^


def temp_result(x: Int) -> C:
    return C(x)


def copied_result(c: C) -> C:
    return c.copy()


def main():
    var a = local_result(1)
    print("a", a.x)
    var b = temp_result(2)
    print("b", b.x)
    var c = copied_result(b)
    print("c", c.x)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
