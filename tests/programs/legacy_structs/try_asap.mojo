# Legacy ASAP with try/except and errors propagating out of a raising fn.
# ERA: legacy
struct P(Movable):
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x
        print("init", x)

    fn __del__(owned self):
        print("del", self.x)


fn may(fail: Bool) raises -> Int:
    print("may", fail)
    if fail:
        raise Error("boom")
    return 1


fn work(fail: Bool) raises:
    var a = P(1)
    var b = P(2)
    print("work", b.x)
    _ = may(fail)
    print("work end", a.x)


fn only_in_except(fail: Bool):
    var a = P(3)
    try:
        _ = may(fail)
        print("try end")
    except e:
        print("except", e, a.x)
    print("after")


fn main():
    try:
        work(False)
        work(True)
    except e:
        print("caught", e)
    only_in_except(False)
    only_in_except(True)
# VERIFIED-WITH: mojo 0.25.6
