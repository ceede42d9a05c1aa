# `**` per lane: integer powers wrap like repeated multiplication; float powers take float or integer exponents.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](2, -3, 10, 0)
    print(a ** 3)
    print(a ** 0)
    print(a ** 31)
    var u = SIMD[DType.uint8, 4](2, 3, 16, 255)
    print(u ** 2)
    var f = SIMD[DType.float32, 4](2.0, -1.5, 0.5, 10.0)
    print(f ** 2)
    print(f ** -1)
    print(f ** 0.5)
    var d = SIMD[DType.float64, 2](2, 9)
    print(d ** 10, d ** 0.5)
