# inf, -inf, nan and -0.0 print as inf, -inf, nan and -0.0; Float32.MAX/MIN are +/-inf and max_finite gives the largest finite value.
# VERIFIED-WITH: mojo 1.2.0
from std.utils.numerics import inf, nan, max_finite, min_finite


def main():
    print(inf[DType.float32](), -inf[DType.float64](), nan[DType.float32]())
    var f = SIMD[DType.float64, 4](1.0, -0.0, 0.1, 1e300)
    print(f * f)
    print(f / 0.0)
    print(Float32.MAX, Float32.MIN, Float64.MAX)
    print(max_finite[DType.float32](), max_finite[DType.float64]())
    print(max_finite[DType.int16](), min_finite[DType.int8](), min_finite[DType.float32]())
    var n = nan[DType.float32]()
    print(n == n, n != n, n.eq(n), n.ne(n))
    print(SIMD[DType.float32, 2](1e-7, 123456789.0), SIMD[DType.float32, 2](1e-40, 3.4e38))
