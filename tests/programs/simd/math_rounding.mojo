# floor, ceil, trunc and round per lane; round breaks ties to even; results keep the float type and signed zeros.
# VERIFIED-WITH: mojo 1.2.0
from std.math import floor, ceil, trunc


def main():
    var y = SIMD[DType.float64, 4](-1.5, -0.5, 0.5, 2.5)
    print(floor(y))
    print(ceil(y))
    print(trunc(y))
    print(round(y))
    var f = SIMD[DType.float32, 4](1.25, -1.75, 3.5, 4.5)
    print(floor(f), ceil(f))
    print(trunc(f), round(f))
    print(round(Float64(2.675), 2), round(Float32(-0.5)))
