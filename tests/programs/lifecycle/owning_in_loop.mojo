# Owning values created in a loop body are freed in each iteration;
# one created before the loop is freed once, after the loop.
from std.memory.alloc import unsafe_alloc


struct Cells(Movable):
    var p: Pointer[Int, MutUntrackedOrigin]
    var n: Int

    def __init__(out self, n: Int):
        self.p = unsafe_alloc[Int](n)
        self.n = n
        for i in range(n):
            self.p[unsafe_offset=i] = n * 10 + i
        print("alloc", n)

    def __deinit__(deinit self):
        print("free", self.n)
        self.p.unsafe_free()

    def last(self) -> Int:
        return self.p.unsafe_offset(self.n - 1)[]


def main():
    var keep = Cells(1)
    for k in range(2, 5):
        var c = Cells(k)
        print("last", c.last(), "keep", keep.last())
        print("iteration", k, "done")
    print("after loop")
# VERIFIED-WITH: mojo 1.2.0
