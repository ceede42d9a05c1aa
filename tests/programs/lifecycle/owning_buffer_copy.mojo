# An owning struct with a deep-copying copy constructor: copies are independent
# and each buffer is freed exactly once, at its last use.
from std.memory.alloc import unsafe_alloc


struct IntBuf(Copyable, Movable):
    var data: Pointer[Int, MutUntrackedOrigin]
    var size: Int
    var name: String

    def __init__(out self, size: Int, name: String):
        self.data = unsafe_alloc[Int](size)
        self.size = size
        self.name = name
        for i in range(size):
            self.data[unsafe_offset=i] = 0
        print("alloc", name)

    def __init__(out self, *, copy: Self):
        self.size = copy.size
        self.name = copy.name + "'"
        self.data = unsafe_alloc[Int](copy.size)
        for i in range(copy.size):
            self.data[unsafe_offset=i] = copy.data[unsafe_offset=i]
        print("deep copy", self.name)

    def __deinit__(deinit self):
        print("free", self.name)
        self.data.unsafe_free()

    def set(mut self, i: Int, v: Int):
        self.data[unsafe_offset=i] = v

    def get(self, i: Int) -> Int:
        return self.data[unsafe_offset=i]

    def dump(self):
        var s = self.name + ":"
        for i in range(self.size):
            s = s + " " + String(self.get(i))
        print(s)


def main():
    var a = IntBuf(3, "a")
    a.set(0, 5)
    var b = a.copy()
    b.set(1, 7)
    a.set(2, 9)
    a.dump()
    b.dump()
    print("end")
# VERIFIED-WITH: mojo 1.2.0
