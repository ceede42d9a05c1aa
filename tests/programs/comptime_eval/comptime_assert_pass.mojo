# `comptime assert cond, "msg"` that holds: in main, in a generic function for every instantiation, and in a parametric struct's method.
# VERIFIED-WITH: mojo 1.2.0
comptime WIDTH = 8

def lanes[n: Int]() -> Int:
    comptime assert n > 0, "n must be positive"
    comptime assert WIDTH % n == 0
    return WIDTH // n

struct Buf[size: Int]:
    var used: Int

    def __init__(out self):
        comptime assert Self.size >= 2, "buffer too small"
        self.used = Self.size // 2

def main():
    comptime assert WIDTH == 8, "width changed"
    print(lanes[1](), lanes[2](), lanes[4](), lanes[8]())
    print(Buf[10]().used, Buf[2]().used)
