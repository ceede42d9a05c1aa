# Literals and one-lane scalars combine with a vector by splatting to every lane, on either side of the operator.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var f = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(f * 2)
    print(2.5 + f)
    print(10 - f)
    print(Float32(2) * f)
    print(f / 4)
    print(1 / f)
    var a = SIMD[DType.int32, 4](7, -7, 3, 0)
    print(Int32(2) * a)
    print(a + 1, 100 - a)
    print(a * -1)
    var k: Float32 = 0.5
    print(f * k + k)
    var d = SIMD[DType.float64, 2](1, 2)
    d += 0.25
    d *= 2
    print(d)
