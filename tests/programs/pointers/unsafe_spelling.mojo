# The non-deprecated 1.2 spellings: unsafe_alloc, p[unsafe_offset=i], unsafe_load/unsafe_store, unsafe_free.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import unsafe_alloc


def main():
    var p = unsafe_alloc[Int32](8)
    for i in range(8):
        p[unsafe_offset=i] = Int32(i * i)
    print(p[unsafe_offset=3], p[unsafe_offset=7])
    print(p.unsafe_load[width=4](4))
    p.unsafe_store(0, SIMD[DType.int32, 4](-1, -2, -3, -4))
    print(p.unsafe_load[width=8](0))
    print(p.unsafe_load(2))
    p.unsafe_free()
