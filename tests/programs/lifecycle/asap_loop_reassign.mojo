# Reassigning a variable inside a loop: old value dies after its last read,
# before the new one is built; the final value dies after the loop.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def main():
    var a = P(0)
    for i in range(1, 4):
        print("top", i)
        print("a", a.x)
        a = P(i)
        print("bottom", i)
    print("after for")
    var b = P(10)
    var n = 0
    while n < 2:
        print("w", n, b.x)
        b = P(b.x + 1)
        n += 1
    print("end")
# VERIFIED-WITH: mojo 1.2.0
