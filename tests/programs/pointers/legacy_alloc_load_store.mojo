# Legacy edition: UnsafePointer[T].alloc(n), p[i], p + i, load[width=]/store, and free, without deprecation warnings.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from memory import UnsafePointer


fn main():
    var p = UnsafePointer[Float32].alloc(16)
    for i in range(16):
        p[i] = Float32(i)
    print(p[3], (p + 5)[], p.load[width=8](4))
    p.store(0, SIMD[DType.float32, 4](9, 8, 7, 6))
    print(p.load[width=4](0))
    var b = p.bitcast[UInt8]()
    print(b[12], b[13], b[14], b[15])
    var x = 10
    var q = UnsafePointer(to=x)
    q[] = 42
    print(x)
    p.free()
