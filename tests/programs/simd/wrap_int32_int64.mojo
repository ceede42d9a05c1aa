# int32 and int64 lanes wrap at their limits; uint32/uint64 subtraction below zero wraps to the top.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 2](2147483647, -2147483648)
    print(a + 1, a - 1, a * 2)
    print(-a)
    var b = SIMD[DType.int64, 2](9223372036854775807, -9223372036854775807 - 1)
    print(b + 1)
    print(b - 1)
    print(b * 3)
    var c = SIMD[DType.uint32, 2](0, 4294967295)
    print(c - 1, c + 1, c * c)
    var d = SIMD[DType.uint64, 2](0, 1)
    print(d - 2)
    var m = SIMD[DType.int32, 4](65536, 46341, -46341, 100000)
    print(m * m)
