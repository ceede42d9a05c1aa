# Unary minus negates every lane (wrapping for unsigned, -0.0 for float zero); ~ flips every bit of integer lanes.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](1, -2, 0, 2147483647)
    print(-a, ~a)
    var u = SIMD[DType.uint8, 4](0, 1, 127, 255)
    print(-u, ~u)
    var s = SIMD[DType.int8, 4](-128, -1, 0, 127)
    print(-s, ~s)
    var f = SIMD[DType.float32, 4](0.0, -0.0, 1.5, -2.5)
    print(-f)
    var b = SIMD[DType.bool, 2](True, False)
    print(~b)
    print(-Int64(5), ~UInt16(0), -Float64(0.0))
