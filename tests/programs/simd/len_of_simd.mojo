# len(v) is the lane count of a SIMD value (1 for a scalar); a width parameter can be read back as Int(w).
# VERIFIED-WITH: mojo 1.2.0
def width_of[dt: DType, w: SIMDLength](x: SIMD[dt, w]) -> Int:
    return Int(w)


def main():
    var a = SIMD[DType.float32, 4](0)
    var b = SIMD[DType.int8, 16](0)
    var c = Float64(1)
    print(len(a), len(b), len(c))
    print(width_of(a), width_of(b), width_of(c))
    print(len(SIMD[DType.uint16, 32]()))
    var total = 0
    for i in range(len(a)):
        total += i
    print(total)
