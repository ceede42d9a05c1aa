# Legacy owned and read arguments: transfers with ^, copies before later use.
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


fn look(read c: C):
    print("look", c.x)


fn keep(owned c: C) -> C:
    print("keep", c.x)
    return c


fn eat(owned c: C):
    print("eat", c.x)


fn main():
    var a = C(1)
    look(a)
    print("--")
    var b = C(2)
    eat(b^)
    print("--")
    var c = C(3)
    eat(c)
    print("c still", c.x)
    print("--")
    var d = C(4)
    var e = keep(d^)
    print("e", e.x)
# VERIFIED-WITH: mojo 0.25.6
