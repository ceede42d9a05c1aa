# simd_width_of[dtype]() is the native vector width in lanes; on this AVX-512 host float32 -> 16, float64 -> 8, int8 -> 64.
# VERIFIED-WITH: mojo 1.2.0
from std.sys import simd_width_of


def main():
    print(simd_width_of[DType.float32]())
    print(simd_width_of[DType.float64]())
    print(simd_width_of[DType.int8](), simd_width_of[DType.int16](), simd_width_of[DType.int64]())
    print(simd_width_of[Float32](), simd_width_of[DType.bool]())
