# A comptime alias names a SIMD type; it constructs, splats, and appears in function signatures.
# VERIFIED-WITH: mojo 1.2.0
comptime F4 = SIMD[DType.float32, 4]
comptime I8x8 = SIMD[DType.int8, 8]


def scale(v: F4, k: Float32) -> F4:
    return v * k


def main():
    var a = F4(1, 2, 3, 4)
    print(a)
    print(F4(2.5))
    print(scale(a, 0.5))
    var b = I8x8(1, -1, 2, -2, 3, -3, 4, -4)
    print(b * 2)
    comptime Half = F4(0.5)
    print(a + Half)
