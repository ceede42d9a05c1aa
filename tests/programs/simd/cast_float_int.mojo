# cast[] from float to int truncates toward zero; float64 to float32 rounds to nearest and overflows to inf.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var f = SIMD[DType.float32, 4](1.9, -1.9, 2.5, -0.5)
    print(f.cast[DType.int32]())
    print(f.cast[DType.int64](), f.cast[DType.int8]())
    var d = SIMD[DType.float64, 4](0.1, 1e40, -1e-50, 16777217)
    print(d.cast[DType.float32]())
    print(Float64(Float32(0.1)))
    var g = SIMD[DType.float32, 2](3.999, 255.5)
    print(g.cast[DType.uint8](), g.cast[DType.uint16]())
    var i = SIMD[DType.int32, 4](16777217, -3, 0, 2147483647)
    print(i.cast[DType.float32](), i.cast[DType.float64]())
    print(Int(Float64(-7.99)), Int(Float32(7.99)))
