# ASAP inside expressions: an owner read by value dies before the call;
# a value borrowed by a call lives until the call returns.
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


struct Q(Movable):
    var s: String

    def __init__(out self, s: String):
        self.s = s
        print("init", s)

    def __deinit__(deinit self):
        print("del", self.s)


def ident(x: Int) -> Int:
    print("ident", x)
    return x


def show_str(s: String):
    print("show_str", s)


def main():
    var a = P(1)
    print(a.x + 10)
    var b = P(2)
    var y = ident(b.x)
    print("y", y)
    var q = Q("q1")
    show_str(q.s)
    var q2 = Q("q2")
    print(q2.s + "!")
    var c = P(3)
    var d = P(4)
    var s = d.x + c.x
    print("s", s)
    var e = P(5)
    if e.x == 5:
        print("cond true")
# VERIFIED-WITH: mojo 1.2.0
