# A constructor that raises after setting some fields: the fields already set
# are destroyed before the error leaves it.
struct N(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def check(ok: Bool) raises -> Int:
    if not ok:
        raise Error("no")
    return 2


struct Two(Movable):
    var a: N
    var b: N

    def __init__(out self, ok: Bool) raises:
        self.a = N(1)
        self.b = N(check(ok))
        print("built")


def main():
    try:
        var t = Two(True)
        print("ok", t.a.x, t.b.x)
        var u = Two(False)
        print("unreachable", u.a.x)
    except e:
        print("caught", e)
# VERIFIED-WITH: mojo 1.2.0
