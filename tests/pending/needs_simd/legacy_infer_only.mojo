# Legacy edition: infer-only parameters left of `//`, deduced from a value parameter or from an argument's type.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn show_scalar[dt: DType, //, v: Scalar[dt]]():
    print(dt, v)

fn describe[dt: DType, //](x: Scalar[dt]):
    print("value", x, "has dtype", dt)

fn main():
    show_scalar[Float32(1.5)]()
    show_scalar[Int8(-3)]()
    describe(Int32(42))
    describe(Float64(0.25))
    print(DType.float32, DType.uint16, DType.bool)
