# Functions over Scalar[dt] infer dt from the argument and keep its wrapping and printing rules.
# VERIFIED-WITH: mojo 1.2.0
def succ[dt: DType](x: Scalar[dt]) -> Scalar[dt]:
    return x + 1


def describe[dt: DType](x: Scalar[dt]):
    print(dt, x, Scalar[dt](0))


def main():
    print(succ(Int8(127)), succ(UInt8(255)), succ(Float64(0.5)), succ(Int64(-1)))
    describe(Int16(-3))
    describe(Float32(2.5))
    describe(UInt32(7))
    describe(Scalar[DType.bool](True))
    var x = succ[DType.float32](1)
    print(x)
