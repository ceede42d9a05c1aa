# String(v) gives the printed form; repr(v) spells out the type, as SIMD[DType.x, n](...) or Int8(...) for one lane.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    var s = String(v)
    print(s)
    print(repr(v))
    print(repr(SIMD[DType.int16, 2](-3, 3)))
    print(repr(SIMD[DType.bool, 2](True, False)))
    print(repr(Int8(3)), repr(UInt64(7)), repr(Float32(1.5)), repr(Float64(0.1)))
    print(String(Float32(0.1)), String(Int32(-9)))
    var t = "v=" + String(SIMD[DType.uint8, 2](1, 2))
    print(t)
    print(String(SIMD[DType.float64, 2](0.5, 1e100)))
