# std.memory.unsafe_memcpy copies count elements; unsafe_memset fills bytes; unsafe_memset_zero zeroes count elements.
# VERIFIED-WITH: mojo 1.2.0
from std.memory import unsafe_memcpy, unsafe_memset, unsafe_memset_zero
from std.memory.alloc import unsafe_alloc


def main():
    var src = unsafe_alloc[Int32](8)
    for i in range(8):
        src[unsafe_offset=i] = Int32(i + 1)
    var dst = unsafe_alloc[Int32](8)
    unsafe_memcpy(dest=dst, src=src, count=8)
    print(dst.unsafe_load[width=8](0))
    unsafe_memset_zero(dst, 3)
    print(dst.unsafe_load[width=8](0))
    unsafe_memset(dst.unsafe_bitcast[UInt8](), 0xFF, 8)
    print(dst.unsafe_load[width=8](0))
    unsafe_memset(dst.unsafe_bitcast[UInt8](), 1, 4)
    print(dst.unsafe_load(0))
    unsafe_memcpy(dest=dst.unsafe_offset(4), src=src, count=4)
    print(dst.unsafe_load[width=8](0))
    src.unsafe_free()
    dst.unsafe_free()
