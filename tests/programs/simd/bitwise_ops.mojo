# &, | and ^ work lane by lane on integer and bool vectors, and mix with literals.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](12, -1, 5, 0)
    var b = SIMD[DType.int32, 4](10, 255, 3, -1)
    print(a & b, a | b, a ^ b)
    print(a & 3, a | 8, a ^ 5)
    var u = SIMD[DType.uint8, 4](0xF0, 0x0F, 0xAA, 0xFF)
    print(u & 0x3C, u | 0x01, u ^ 0xFF)
    var m = SIMD[DType.bool, 4](True, False, True, False)
    var n = SIMD[DType.bool, 4](True, True, False, False)
    print(m & n, m | n, m ^ n)
    var x = UInt64(0xFFFF0000FFFF0000)
    print(x & 0xFF00FF00FF00FF00, x ^ x)
