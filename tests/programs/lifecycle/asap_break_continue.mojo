# A value from before a loop that a `break` leaves early dies after the loop,
# once; values declared in the body die at the jump.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def main():
    var outer = P(1)
    for i in range(5):
        var inner = P(10 + i)
        if i == 1:
            print("break at", i, inner.x)
            break
        if i == 0:
            print("continue at", i)
            continue
        print("never", outer.x)
    print("after", outer.x)
    var w = P(2)
    var n = 0
    while True:
        n += 1
        var t = P(20 + n)
        if n > 1:
            break
        print("loop", t.x, w.x)
    print("done", w.x)
# VERIFIED-WITH: mojo 1.2.0
