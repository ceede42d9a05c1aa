# A vectorized sum of a buffer: full chunks load a vector and reduce it, the tail loads single elements.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize
from std.memory.alloc import unsafe_alloc


def main():
    comptime n = 37
    var p = unsafe_alloc[Float32](n)
    for i in range(n):
        p[unsafe_offset=i] = Float32(i) * 0.5
    var acc: Float32 = 0
    var chunks = 0

    def add[width: Int](i: Int) {mut}:
        acc += p.unsafe_load[width=width](i).reduce_add()
        chunks += 1

    vectorize[8](n, add)
    print(acc, chunks)
    var check: Float32 = 0
    for i in range(n):
        check += p[unsafe_offset=i]
    print(check)
    p.unsafe_free()
