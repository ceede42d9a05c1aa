# ASAP with try/except/finally and with errors propagating out of a function.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def may(fail: Bool) raises -> Int:
    print("may", fail)
    if fail:
        raise Error("boom")
    return 1


def in_try(fail: Bool):
    var a = P(1)
    try:
        print("try", a.x)
        _ = may(fail)
        print("try end")
    except e:
        print("except", e)
    print("after")


def in_except(fail: Bool):
    var a = P(2)
    try:
        _ = may(fail)
        print("try end")
    except e:
        print("except", e, a.x)
    print("after")


def in_finally(fail: Bool):
    var a = P(3)
    try:
        _ = may(fail)
    except e:
        print("except", e)
    finally:
        print("finally", a.x)
    print("after")


def main():
    in_try(False)
    in_try(True)
    print("==")
    in_except(False)
    in_except(True)
    print("==")
    in_finally(False)
    in_finally(True)
# VERIFIED-WITH: mojo 1.2.0
