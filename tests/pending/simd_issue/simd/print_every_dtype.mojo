# Printing a 2-lane vector of every common dtype: integers as integers, floats always with a decimal point.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(SIMD[DType.int8, 2](-128, 127))
    print(SIMD[DType.uint8, 2](0, 255))
    print(SIMD[DType.int16, 2](-32768, 32767))
    print(SIMD[DType.uint16, 2](0, 65535))
    print(SIMD[DType.int32, 2](-2147483648, 2147483647))
    print(SIMD[DType.uint32, 2](0, 4294967295))
    print(SIMD[DType.int64, 2](-9223372036854775808, 9223372036854775807))
    print(SIMD[DType.uint64, 2](0, 18446744073709551615))
    print(SIMD[DType.float16, 2](1.5, -2))
    print(SIMD[DType.bfloat16, 2](1.5, -2))
    print(SIMD[DType.float32, 2](1.5, -2))
    print(SIMD[DType.float64, 2](1.5, -2))
    print(SIMD[DType.bool, 2](True, False))
    print(SIMD[DType.int, 2](-1, 1))
    print(SIMD[DType.uint, 2](0, 1))
