# Integer reductions over all lanes: reduce_add/mul wrap in the element type; max/min/and/or combine every lane.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = SIMD[DType.int8, 8](100, 100, 1, 2, 3, 4, 5, 6)
    print(i.reduce_add(), i.reduce_mul())
    print(i.reduce_max(), i.reduce_min())
    print(i.reduce_and(), i.reduce_or())
    var u = SIMD[DType.uint8, 4](200, 100, 3, 255)
    print(u.reduce_add(), u.reduce_max(), u.reduce_min(), u.reduce_and(), u.reduce_or())
    var w = SIMD[DType.int64, 4](1, -2, 3, -4)
    print(w.reduce_add(), w.reduce_mul(), w.reduce_max(), w.reduce_min())
    var b = SIMD[DType.int32, 4](0b1100, 0b1010, 0b1110, 0b1000)
    print(b.reduce_and(), b.reduce_or())
    var big = SIMD[DType.int32, 2](2147483647, 1)
    print(big.reduce_add())
