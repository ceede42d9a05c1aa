# Legacy owning struct: UnsafePointer[T].alloc, p[i], (p + i)[], free(), and a
# __moveinit__ that does not null the source (no double free).
# ERA: legacy
from memory import UnsafePointer


struct Buf(Movable):
    var data: UnsafePointer[Int]
    var n: Int

    fn __init__(out self, n: Int):
        self.data = UnsafePointer[Int].alloc(n)
        self.n = n
        for i in range(n):
            self.data[i] = i * i
        print("alloc", n)

    fn __moveinit__(out self, owned existing: Self):
        self.data = existing.data
        self.n = existing.n
        print("move", self.n)

    fn __del__(owned self):
        print("free", self.n, self.data[self.n - 1])
        self.data.free()


fn make(n: Int) -> Buf:
    var b = Buf(n)
    return b^


fn total(b: Buf) -> Int:
    var s = 0
    for i in range(b.n):
        s += (b.data + i)[]
    return s


fn main():
    var a = make(4)
    print("total", total(a))
    var b = a^
    print("b.n", b.n)
    var c = Buf(3)
    print("c.n", c.n)
    c = b^
    print("c.n", c.n)
# VERIFIED-WITH: mojo 0.25.6
