# size_of and bit_width_of from std.sys accept a DType or a type; a SIMD type's size is lanes times element size.
# VERIFIED-WITH: mojo 1.2.0
from std.sys import size_of, bit_width_of


def bytes_of[dt: DType]() -> Int:
    return size_of[dt]()


def main():
    print(size_of[DType.float32](), size_of[DType.int8](), size_of[DType.bool](), size_of[DType.float64]())
    print(size_of[Int16](), size_of[Int](), size_of[UInt64](), size_of[Float32]())
    print(size_of[SIMD[DType.float32, 4]](), size_of[SIMD[DType.int64, 8]]())
    print(bit_width_of[DType.int16](), bit_width_of[Float64](), bit_width_of[DType.uint8]())
    print(bytes_of[DType.uint16](), bytes_of[DType.bfloat16]())
