# Legacy __del__(owned self): ASAP destruction after the last use.
# ERA: legacy
struct P(Movable):
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x
        print("init", x)

    fn __del__(owned self):
        print("del", self.x)


fn show(p: P):
    print("show", p.x)


fn make(x: Int) -> P:
    return P(x)


fn main():
    var a = P(1)
    print("a.x", a.x)
    print("after a")
    var b = P(2)
    show(b)
    print("after show")
    print(make(3).x)
    _ = make(4)
    var c = P(5)
    print("c made")
    _ = c^
    print("end")
# VERIFIED-WITH: mojo 0.25.6
