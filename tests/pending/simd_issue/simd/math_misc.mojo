# More std.math per lane: rsqrt, recip, cbrt, atan2, hypot, copysign, and isnan/isinf/isfinite masks.
# VERIFIED-WITH: mojo 1.2.0
from std.math import rsqrt, recip, cbrt, atan2, hypot, copysign, isnan, isinf, isfinite
from std.utils.numerics import inf, nan


def main():
    var x = SIMD[DType.float32, 4](0.25, 1.0, 8.0, 27.0)
    print(rsqrt(x), recip(x))
    print(cbrt(x))
    print(atan2(x, SIMD[DType.float32, 4](1)), hypot(x, x))
    print(copysign(x, SIMD[DType.float32, 4](-1, 1, -0.0, 0.0)))
    var s = SIMD[DType.float64, 4](1.0, inf[DType.float64](), nan[DType.float64](), -inf[DType.float64]())
    print(s)
    print(isnan(s), isinf(s))
    print(isfinite(s))
