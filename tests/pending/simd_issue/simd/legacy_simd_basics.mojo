# Legacy edition: fn and alias with SIMD; construction, splat, lane get/set, and the .size attribute that 1.2 removed.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
alias F4 = SIMD[DType.float32, 4]


fn scale(v: F4, k: Float32) -> F4:
    return v * k


fn main():
    var a = F4(1, 2, 3, 4)
    print(a, a.size, len(a))
    print(F4(2.5), scale(a, 0.5))
    var s = SIMD[DType.int32, 8](7)
    s[3] = -1
    print(s, s[3])
    var x: SIMD[DType.float64, 2] = 3
    print(x)
    print(String(a), repr(a))
    print(Int8(-128) - 1, UInt8(0) - 1)
