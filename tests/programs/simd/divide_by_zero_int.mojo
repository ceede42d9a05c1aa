# Integer // and % by a zero lane give 0 in that lane (no trap); the other lanes are unaffected.
# VERIFIED-WITH: mojo 1.2.0
@no_inline
def fdiv(a: SIMD[DType.int32, 4], b: SIMD[DType.int32, 4]) -> SIMD[DType.int32, 4]:
    return a // b


@no_inline
def fmod(a: SIMD[DType.int32, 4], b: SIMD[DType.int32, 4]) -> SIMD[DType.int32, 4]:
    return a % b


def main():
    var a = SIMD[DType.int32, 4](7, -7, 0, 9)
    var b = SIMD[DType.int32, 4](0, 0, 0, 2)
    print(fdiv(a, b), fmod(a, b))
    print(a // b, a % b)
    var u = SIMD[DType.uint8, 4](200, 7, 0, 9)
    var z = SIMD[DType.uint8, 4](0, 3, 0, 0)
    print(u // z, u % z)
    var n = Int64(5)
    print(n // 0, n % 0)
