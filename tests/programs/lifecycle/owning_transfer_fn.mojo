# An owning struct passed by read, by mut, and transferred with ^ into a
# var argument that frees it at its last use inside the callee.
from std.memory.alloc import unsafe_alloc


struct Arr(Movable):
    var p: Pointer[Int, MutUntrackedOrigin]
    var n: Int

    def __init__(out self, n: Int):
        self.p = unsafe_alloc[Int](n)
        self.n = n
        for i in range(n):
            self.p[unsafe_offset=i] = i + 1
        print("alloc", n)

    def __deinit__(deinit self):
        print("free", self.n)
        self.p.unsafe_free()


def sum(a: Arr) -> Int:
    var s = 0
    for i in range(a.n):
        s += a.p[unsafe_offset=i]
    return s


def double_all(mut a: Arr):
    for i in range(a.n):
        a.p[unsafe_offset=i] = a.p[unsafe_offset=i] * 2


def sink(var a: Arr):
    print("sink got", a.n)
    print("sink sum", sum(a))
    print("sink end")


def main():
    var a = Arr(4)
    print("sum", sum(a))
    double_all(a)
    print("sum", sum(a))
    sink(a^)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
