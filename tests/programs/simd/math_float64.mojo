# std.math functions on float64 vectors and scalars: sqrt, exp, log, sin, cos, tanh, exp2, log2, log10.
# VERIFIED-WITH: mojo 1.2.0
from std.math import sqrt, exp, log, sin, cos, tanh, exp2, log2, log10


def main():
    var x = SIMD[DType.float64, 4](0.25, 1.0, 2.0, 9.0)
    print(sqrt(x))
    print(exp(x))
    print(log(x))
    print(sin(x))
    print(cos(x))
    print(tanh(x))
    print(exp2(x), log2(x))
    print(log10(SIMD[DType.float64, 2](1000, 0.01)))
    print(sqrt(Float64(2)), exp(Float64(1)), log(Float64(10)))
