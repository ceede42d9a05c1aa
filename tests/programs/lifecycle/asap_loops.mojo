# Loops: a value declared before a loop and used inside dies after the loop;
# a value declared in the body dies in each iteration after its last use.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def main():
    var a = P(1)
    for i in range(3):
        print("iter", i, a.x)
    print("after for")
    for i in range(2):
        var b = P(10 + i)
        print("body", b.x)
        print("body end", i)
    print("after body loop")
    var c = P(5)
    var n = 0
    while n < c.x:
        print("w", n)
        n += 2
    print("after while")
    var d = P(6)
    for i in range(4):
        print("scan", i)
        if i == 1:
            print("use", d.x)
            break
    print("end")
# VERIFIED-WITH: mojo 1.2.0
