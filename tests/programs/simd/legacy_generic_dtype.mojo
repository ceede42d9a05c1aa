# Legacy edition: a generic fn over SIMD[dt, w] with w: Int infers both parameters from the argument (1.2 cannot infer an Int width).
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn double[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x + x


fn kind[dt: DType]() -> String:
    @parameter
    if dt.is_floating_point():
        return "float"
    elif dt.is_unsigned():
        return "unsigned"
    else:
        return "signed or bool"


fn main():
    print(double(SIMD[DType.int16, 2](3, 4)))
    print(double(Float64(1.25)), double(UInt8(200)))
    print(kind[DType.float32](), kind[DType.uint16](), kind[DType.int8]())
    print(DType.float32, DType.uint8)
