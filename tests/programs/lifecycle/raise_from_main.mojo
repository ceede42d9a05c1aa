# An error escaping main: live values are destroyed before the error is reported.
# EXIT: 1
# STDERR: Unhandled exception caught during execution: fail
struct P(Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __deinit__(deinit self):
        print("del", self.x)


def main() raises:
    var a = P(1)
    var b = P(2)
    print("start", b.x)
    if a.x == 1:
        raise Error("fail")
    print("not reached", a.x)
# VERIFIED-WITH: mojo 1.2.0
