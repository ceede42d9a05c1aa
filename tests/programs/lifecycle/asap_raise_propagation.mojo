# An error propagating out of a function destroys its live values first.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def may(fail: Bool) raises -> Int:
    if fail:
        raise Error("boom")
    return 1


def work(fail: Bool) raises:
    var a = P(1)
    var b = P(2)
    print("work", b.x)
    _ = may(fail)
    print("work end", a.x)


def ret_in_try() -> Int:
    var a = P(3)
    try:
        print("try")
        return a.x
    finally:
        print("finally")


def main():
    try:
        work(False)
        print("--")
        work(True)
        print("not reached")
    except e:
        print("caught", e)
    print(ret_in_try())
# VERIFIED-WITH: mojo 1.2.0
