# SIMD construction: one value per lane, a single value splats to every lane, and an Int literal converts on assignment.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v)
    var s = SIMD[DType.int32, 8](7)
    print(s)
    var x: SIMD[DType.float64, 4] = 3
    print(x)
    var h = SIMD[DType.float32, 4](0.5, -1.25, 100, 1e10)
    print(h)
    var b = SIMD[DType.bool, 4](True, False, False, True)
    print(b)
    var one = SIMD[DType.int64, 1](42)
    print(one)
    var two = SIMD[DType.uint16, 2](65535, 0)
    print(two)
