# A struct owning a heap buffer: alloc in __init__, deep copy in the copy constructor, free in __deinit__; ASAP destruction frees each buffer once.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import unsafe_alloc


struct Buffer(Copyable):
    var data: Pointer[Float32, MutUntrackedOrigin]
    var size: Int

    def __init__(out self, size: Int, fill: Float32):
        self.data = unsafe_alloc[Float32](size)
        self.size = size
        for i in range(size):
            self.data[unsafe_offset=i] = fill
        print("alloc", size)

    def __init__(out self, *, copy: Self):
        self.data = unsafe_alloc[Float32](copy.size)
        self.size = copy.size
        for i in range(copy.size):
            self.data[unsafe_offset=i] = copy.data[unsafe_offset=i]
        print("deep copy", copy.size)

    def __deinit__(deinit self):
        print("free", self.size, self.data[unsafe_offset=0])
        self.data.unsafe_free()


def main():
    var a = Buffer(4, 1.5)
    var b = a.copy()
    b.data[unsafe_offset=0] = 9
    print(a.data[unsafe_offset=0], b.data[unsafe_offset=0])
    var c = Buffer(2, -1)
    print("sizes", a.size, b.size, c.size)
