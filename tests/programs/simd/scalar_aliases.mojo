# The scalar aliases Int8..UInt64, Float32, Float64 and Scalar[dt] are one-lane SIMD values and print like plain numbers.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(Int8(-5), Int16(300), Int32(-70000), Int64(1) << 40)
    print(UInt8(250), UInt16(65535), UInt32(4000000000), UInt64(18446744073709551615))
    print(Float32(1.5), Float64(2.25), Float32(0.1), Float64(0.1))
    print(Scalar[DType.int16](5), Scalar[DType.float64](3), Scalar[DType.bool](True))
    print(Int8.MAX, Int8.MIN, UInt8.MAX, UInt8.MIN)
    print(Int16.MAX, Int16.MIN, UInt16.MAX)
    print(Int32.MAX, Int32.MIN, UInt32.MAX)
    print(Int64.MAX, Int64.MIN, UInt64.MAX)
    var x: Scalar[DType.uint8] = 7
    var y: UInt8 = x * 2
    print(x, y, len(x))
