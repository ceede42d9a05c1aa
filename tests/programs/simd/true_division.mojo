# `/` on integer SIMD keeps the integer dtype and truncates toward zero; on floats it is IEEE division (inf, nan).
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](7, -7, 7, -7)
    var b = SIMD[DType.int32, 4](2, 2, -2, -2)
    print(a / b)
    print(Int32(-7) / 2, Int64(9) / 4, UInt8(255) / 2)
    var big = SIMD[DType.int64, 2](9007199254740993, 7)
    print(big / 1)
    var f = SIMD[DType.float32, 4](7, -7, 1, 0)
    var g = SIMD[DType.float32, 4](2, 2, 0, 0)
    print(f / g)
    var h = SIMD[DType.float64, 4](1, -1, 0.1, 3)
    print(h / 0.0)
    print(h / 3)
