# _ = a^ ends a now; _ = a is a use that keeps a alive until that point.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def main():
    var a = P(1)
    print("a made")
    _ = a^
    print("after _ = a^")
    var b = P(2)
    print("b made")
    print("still b")
    _ = b
    print("after _ = b")
    var c = P(3)
    _ = c.x
    print("after _ = c.x")
    var d = P(4)
    print("d", d.x)
    _ = d^
    print("end")
# VERIFIED-WITH: mojo 1.2.0
