# << and >> per lane: >> is arithmetic for signed and logical for unsigned; counts >= the bit width (or negative) give 0, or -1 for a negative value shifted right.
# VERIFIED-WITH: mojo 1.2.0
@no_inline
def shl(a: SIMD[DType.int32, 4], n: SIMD[DType.int32, 4]) -> SIMD[DType.int32, 4]:
    return a << n


@no_inline
def shr(a: SIMD[DType.int32, 4], n: SIMD[DType.int32, 4]) -> SIMD[DType.int32, 4]:
    return a >> n


def main():
    var a = SIMD[DType.int32, 4](1, -8, 3, -1)
    print(a << 2, a >> 1)
    var u = SIMD[DType.uint8, 4](0x81, 0xFF, 1, 128)
    print(u << 1, u >> 1, u >> 7)
    var s = SIMD[DType.int8, 4](-128, -1, 64, 127)
    print(s >> 7, s << 1)
    var big = SIMD[DType.int32, 4](32, 33, -1, 100)
    print(shl(SIMD[DType.int32, 4](1), big), shr(SIMD[DType.int32, 4](-8, 8, -8, 8), big))
    print(SIMD[DType.int32, 4](1) << SIMD[DType.int32, 4](31, 32, 33, 40))
    var w = UInt64(1) << 63
    print(w, w >> 63, Int64(-1) >> 63)
