# Legacy edition: memory.memcpy(dest, src, count), memset(ptr, byte, count) and memset_zero(ptr, count) count elements of the pointee type.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from memory import UnsafePointer, memcpy, memset, memset_zero


fn main():
    var src = UnsafePointer[Int32].alloc(8)
    for i in range(8):
        src[i] = Int32(i + 1)
    var dst = UnsafePointer[Int32].alloc(8)
    memcpy(dst, src, 8)
    print(dst.load[width=8]())
    memset_zero(dst, 3)
    print(dst.load[width=8]())
    memset(dst.bitcast[UInt8](), 0xFF, 8)
    print(dst.load[width=8]())
    memcpy(dest=dst + 4, src=src, count=4)
    print(dst.load[width=8]())
    src.free()
    dst.free()
