# Integer // floors toward minus infinity and % takes the sign of the divisor, lane by lane.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](7, -7, 7, -7)
    var b = SIMD[DType.int32, 4](2, 2, -2, -2)
    print(a // b)
    print(a % b)
    var c = SIMD[DType.int64, 4](9, -9, 1, -1)
    print(c // 4, c % 4)
    print(c // -4, c % -4)
    var d = SIMD[DType.int8, 4](-128, -127, 127, 0)
    print(d // 3, d % 3)
    var u = SIMD[DType.uint8, 4](200, 7, 255, 0)
    print(u // 3, u % 3)
    print(Int32(-7) // 2, Int32(-7) % 2, Int64(7) // -2, Int64(7) % -2)
