# DType values as parameters: printed, compared at compile time, and used to build Scalar types.
# VERIFIED-WITH: mojo 1.2.0
def kind_of[dt: DType]() -> String:
    comptime if dt == DType.float32 or dt == DType.float64:
        return "float"
    elif dt == DType.bool:
        return "bool"
    else:
        return "integer"

def make[dt: DType](x: Int) -> Scalar[dt]:
    return Scalar[dt](x)

def main():
    print(DType.float32)
    print(DType.int8, DType.uint64, DType.bool, DType.float64)
    print(kind_of[DType.float64]())
    print(kind_of[DType.int16]())
    print(kind_of[DType.bool]())
    print(make[DType.int32](7))
    print(make[DType.float64](3))
    print(make[DType.uint8](200))
    comptime d = DType.int64
    print(d, kind_of[d]())
