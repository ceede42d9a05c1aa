# Builtin min/max/abs work lane by lane on SIMD vectors of the same type; abs of the most negative int wraps to itself.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.float32, 4](1.5, -2.5, 3.75, -0.5)
    var b = SIMD[DType.float32, 4](2)
    print(min(a, b), max(a, b))
    print(abs(a))
    var i = SIMD[DType.int8, 4](-128, -1, 0, 127)
    var j = SIMD[DType.int8, 4](0)
    print(min(i, j), max(i, j), abs(i))
    var u = SIMD[DType.uint16, 2](1, 65535)
    print(min(u, SIMD[DType.uint16, 2](7)), max(u, SIMD[DType.uint16, 2](7)))
    print(min(Int32(-3), Int32(2)), max(Float64(0.5), Float64(-1)), abs(Int64(-9)))
    print(abs(SIMD[DType.float64, 2](-0.0, -1e300)))
