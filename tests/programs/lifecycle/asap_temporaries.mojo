# Temporaries and discarded results are destroyed at the end of their use.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def make(x: Int) -> P:
    return P(x)


def ident(x: Int) -> Int:
    print("ident", x)
    return x


def main():
    print(P(1).x)
    print("after print temp")
    print(make(2).x)
    print("after make temp")
    var v = ident(P(3).x)
    print("v", v)
    var w = make(4).x * 2
    print("w", w)
    _ = make(5)
    print("after discard")
    _ = P(6)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
