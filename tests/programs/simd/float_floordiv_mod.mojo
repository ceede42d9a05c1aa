# Float // floors and float % takes the divisor's sign, like Python; a zero divisor gives inf/nan lanes.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var f = SIMD[DType.float32, 4](7, -7, 7, -7)
    var g = SIMD[DType.float32, 4](2, 2, -2, -2)
    print(f // g)
    print(f % g)
    var h = SIMD[DType.float64, 4](5.5, -5.5, 0.75, -0.75)
    print(h // 2, h % 2)
    print(h // 0.5, h % 0.5)
    var w = SIMD[DType.float32, 2](1.5, -2.5)
    var z = SIMD[DType.float32, 2](0, 0)
    print(w // z, w % z)
