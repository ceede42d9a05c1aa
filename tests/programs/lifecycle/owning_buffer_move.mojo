# A struct owning heap memory; its move constructor copies the pointer and
# does not null the source: the moved-from value is never destroyed (no double free).
from std.memory.alloc import unsafe_alloc


struct Buf(Movable):
    var data: Pointer[Int, MutUntrackedOrigin]
    var n: Int

    def __init__(out self, n: Int):
        self.data = unsafe_alloc[Int](n)
        self.n = n
        for i in range(n):
            self.data[unsafe_offset=i] = i * i
        print("alloc", n)

    def __init__(out self, *, deinit move: Self):
        self.data = move.data
        self.n = move.n
        print("move", self.n)

    def __deinit__(deinit self):
        print("free", self.n, self.data[unsafe_offset=self.n - 1])
        self.data.unsafe_free()


def make(n: Int) -> Buf:
    var b = Buf(n)
    return b^


def total(b: Buf) -> Int:
    var s = 0
    for i in range(b.n):
        s += b.data[unsafe_offset=i]
    return s


def main():
    var a = make(4)
    print("total", total(a))
    var b = a^
    print("b.n", b.n)
    var c = Buf(3)
    print("c.n", c.n)
    c = b^
    print("c.n", c.n)
# VERIFIED-WITH: mojo 1.2.0
