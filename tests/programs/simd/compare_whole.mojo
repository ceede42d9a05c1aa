# On vectors, == is True only when every lane is equal and != is True when any lane differs; both give one Bool.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](1, 5, 3, 8)
    var b = SIMD[DType.int32, 4](2, 5, 1, 8)
    print(a == b, a != b)
    print(a == a, a != a)
    var c = a
    c[0] = 2
    c[2] = 1
    print(c == b, c != b)
    if a == SIMD[DType.int32, 4](1, 5, 3, 8):
        print("equal")
    var f = SIMD[DType.float32, 2](0.0, 1.0)
    var g = SIMD[DType.float32, 2](-0.0, 1.0)
    print(f == g)
    print(Int8(3) < Int8(4), Float32(2) >= 2, UInt8(1) > 0)
