# fma(a, b, c) computes a*b+c with one rounding, as a method or from std.math; clamp(lo, hi) bounds every lane.
# VERIFIED-WITH: mojo 1.2.0
from std.math import fma


def main():
    var a = SIMD[DType.float32, 4](1.5, -2.5, 3.75, -0.5)
    var b = SIMD[DType.float32, 4](2)
    var c = SIMD[DType.float32, 4](1)
    print(a.fma(b, c))
    print(fma(a, b, c))
    print(a.clamp(-1, 2))
    var x = Float64(0.1)
    print(x.fma(10, -1), x * 10 - 1)
    var e = Float32(1) + Float32(2) ** -12
    print(e.fma(e, -1), e * e - 1)
    var i = SIMD[DType.int32, 4](-5, 0, 5, 10)
    print(i.clamp(0, 6))
