# The non-deprecated 1.2 allocation: alloc(Layout[T](count=n)) returns an owning Allocation; unsafe_ptr() gives its pointer and dealloc(a^) frees it.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import alloc, dealloc, Layout


def main():
    var a = alloc(Layout[Int32](count=8))
    var p = a.unsafe_ptr()
    for i in range(8):
        p[unsafe_offset=i] = Int32(10 * i)
    print(p.unsafe_load[width=8](0))
    p.unsafe_store(2, SIMD[DType.int32, 2](-1, -2))
    print(p.unsafe_load[width=4](0), p[unsafe_offset=7])
    dealloc(a^)
    var f = alloc(Layout[Float64](count=2))
    f.unsafe_ptr()[unsafe_offset=0] = 0.5
    f.unsafe_ptr()[unsafe_offset=1] = 1.5
    print(f.unsafe_ptr().unsafe_load[width=2](0))
    dealloc(f^)
    print("freed")
