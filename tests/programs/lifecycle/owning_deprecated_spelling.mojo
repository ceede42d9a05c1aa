# Owning pointer with the older spelling that Mojo 1.2 still accepts (each use
# only warns as deprecated): alloc[T](n), UnsafePointer, p[i], (p + i)[], p.free().
from std.memory import alloc


struct Vec(Movable):
    var data: UnsafePointer[Int, MutUntrackedOrigin]
    var n: Int

    def __init__(out self, n: Int):
        self.data = alloc[Int](n)
        self.n = n
        for i in range(n):
            self.data[i] = 3 * i
        print("alloc", n)

    def __deinit__(deinit self):
        print("free", self.n)
        self.data.free()


def main():
    var v = Vec(4)
    (v.data + 1)[] = 100
    print(v.data[0], v.data[1], (v.data + 2)[], v.data[3])
    var w = v^
    print("end", w.n)
# VERIFIED-WITH: mojo 1.2.0
