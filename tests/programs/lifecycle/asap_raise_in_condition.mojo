# A raising call in an `if` condition or a `return` value: the values alive
# there are destroyed before the error leaves the function.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def check(ok: Bool) raises -> Bool:
    if not ok:
        raise Error("bad")
    return True


def in_condition(ok: Bool) raises:
    var a = P(1)
    if check(ok):
        print("then", a.x)
    print("after if")


def in_return(ok: Bool) raises -> Bool:
    var b = P(2)
    print("b", b.x)
    var c = P(3)
    return check(ok) and c.x > 0


def main():
    try:
        in_condition(True)
        in_condition(False)
    except e:
        print("caught", e)
    try:
        print(in_return(True))
        print(in_return(False))
    except e:
        print("caught", e)
# VERIFIED-WITH: mojo 1.2.0
