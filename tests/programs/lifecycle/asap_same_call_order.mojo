# Mojo 1.2: values whose last use is the same call die in reverse order of
# declaration (temporaries: reverse order of creation), not in argument order.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def two(p: P, q: P):
    print("two", p.x, q.x)


def three(a: P, b: P, c: P):
    print("three", a.x, b.x, c.x)


def main():
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
    print("--")
    var h = P(10)
    two(h, P(11))
    print("end")
# VERIFIED-WITH: mojo 1.2.0
