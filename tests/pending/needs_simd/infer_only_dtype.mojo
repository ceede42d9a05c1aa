# Infer-only parameters (left of `//`) are deduced from later parameters or arguments, never written by the caller.
# VERIFIED-WITH: mojo 1.2.0
def show_scalar[dt: DType, //, v: Scalar[dt]]():
    print(dt, v)

def describe[dt: DType, //](x: Scalar[dt]):
    print("value", x, "has dtype", dt)

def echo[T: Writable & ImplicitlyCopyable & Deinitable, //, value: T]():
    print("echo:", value)

def main():
    show_scalar[Float32(1.5)]()
    show_scalar[Int8(-3)]()
    show_scalar[UInt16(65535)]()
    describe(Int32(42))
    describe(Float64(0.25))
    describe(UInt8(200))
    echo[7]()
    echo["text"]()
    echo[True]()
