# Mojo 0.25.6: values whose last use is the same call die in argument order
# (Mojo 1.2 uses reverse declaration order instead).
# ERA: legacy
struct P(Movable):
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x
        print("init", x)

    fn __del__(owned self):
        print("del", self.x)


fn two(p: P, q: P):
    print("two", p.x, q.x)


fn three(a: P, b: P, c: P):
    print("three", a.x, b.x, c.x)


fn main():
    var a = P(1)
    var b = P(2)
    two(a, b)
    print("--")
    var c = P(3)
    var d = P(4)
    two(d, c)
    print("--")
    var e = P(5)
    var f = P(6)
    var g = P(7)
    three(f, g, e)
    print("--")
    print(P(8).x, P(9).x)
    print("end")
# VERIFIED-WITH: mojo 0.25.6
