# Overwriting a field: the old field value dies after its own last use,
# which can be the entry of a mut-self method.
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


struct Box(Movable):
    var c: C

    def __init__(out self, x: Int):
        self.c = C(x)

    def replace_after_read(mut self, x: Int):
        print("replace_after_read begin")
        print("old", self.c.x)
        print("mid")
        self.c = C(x)
        print("replace_after_read end")

    def replace(mut self, x: Int):
        print("replace begin")
        self.c = C(x)
        print("replace end")

    def set(mut self, var c: C):
        print("set begin")
        self.c = c^
        print("set end")


def main():
    var b = Box(1)
    b.replace_after_read(2)
    print("--")
    b.replace(3)
    print("--")
    b.set(C(4))
    print("--")
    print("value", b.c.x)
# VERIFIED-WITH: mojo 1.2.0
