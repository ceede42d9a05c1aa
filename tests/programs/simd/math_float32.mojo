# std.math functions apply lane by lane to float32 vectors: sqrt, exp, log, sin, cos, tanh.
# VERIFIED-WITH: mojo 1.2.0
from std.math import sqrt, exp, log, sin, cos, tanh


def main():
    var x = SIMD[DType.float32, 4](0.25, 1.0, 2.0, 9.0)
    print(sqrt(x))
    print(exp(x))
    print(log(x))
    print(sin(x))
    print(cos(x))
    print(tanh(x))
    var z = SIMD[DType.float32, 4](0.0, -1.0, 100.0, -0.0)
    print(sqrt(z), exp(z))
    print(log(z))
