# Generic SIMD functions: dtype and width infer from the argument when the width parameter is a SIMDLength; an Int width must be passed explicitly.
# VERIFIED-WITH: mojo 1.2.0
def double[dt: DType, w: SIMDLength](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x + x


def lanes[dt: DType, w: Int](x: SIMD[dt, w]) -> Int:
    return w


def sum_all(x: SIMD) -> Scalar[x.dtype]:
    return x.reduce_add()


def main():
    print(double(SIMD[DType.int16, 2](3, 4)))
    print(double(Float64(1.25)))
    print(double(SIMD[DType.uint8, 8](200)))
    print(lanes[DType.float32, 4](SIMD[DType.float32, 4](0)))
    print(sum_all(SIMD[DType.int32, 4](1, 2, 3, 4)), sum_all(Float32(0.5)))
