# mask.select(a, b) takes lanes from a where the mask is True and from b elsewhere; useful for clamping and ReLU.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](1, 5, 3, 8)
    var b = SIMD[DType.int32, 4](2, 5, 1, 8)
    var m = a.gt(b)
    print(m.select(a, b))
    print(m.select(b, a))
    var x = SIMD[DType.float32, 8](-2, -1, 0, 1, 2, -3, 4, -5)
    var relu = x.gt(0).select(x, SIMD[DType.float32, 8](0))
    print(relu)
    var sign = x.lt(0).select(SIMD[DType.int8, 8](-1), SIMD[DType.int8, 8](1))
    print(sign)
    var keep = SIMD[DType.bool, 4](True, False, False, True)
    print(keep.select(SIMD[DType.float64, 4](1.5), SIMD[DType.float64, 4](-1.5)))
