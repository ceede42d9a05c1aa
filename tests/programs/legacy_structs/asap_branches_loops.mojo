# Legacy ASAP destruction in if/else branches and loops.
# ERA: legacy
struct P(Movable):
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x
        print("init", x)

    fn __del__(owned self):
        print("del", self.x)


fn branch(c: Bool):
    var a = P(1)
    if c:
        print("then", a.x)
        print("then end")
    else:
        print("else start")
    print("after if")


fn loops():
    var a = P(2)
    for i in range(2):
        print("iter", i, a.x)
    print("after for")
    for i in range(2):
        var b = P(10 + i)
        print("body", b.x)
        print("body end")
    print("end")


fn main():
    branch(True)
    branch(False)
    print("==")
    loops()
# VERIFIED-WITH: mojo 0.25.6
