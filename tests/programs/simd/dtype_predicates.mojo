# DType methods is_floating_point/is_integral/is_signed/is_unsigned/is_numeric, usable in `comptime if` to pick code per dtype.
# VERIFIED-WITH: mojo 1.2.0
def kind[dt: DType]() -> String:
    comptime if dt.is_floating_point():
        return "float"
    elif dt.is_unsigned():
        return "unsigned"
    elif dt.is_integral():
        return "signed"
    else:
        return "other"


def main():
    comptime dt = DType.float16
    print(dt.is_floating_point(), dt.is_integral(), dt.is_signed(), dt.is_unsigned())
    print(DType.uint8.is_unsigned(), DType.bool.is_integral(), DType.int32.is_numeric(), DType.bool.is_numeric())
    print(DType.int8.is_signed(), DType.float32.is_signed(), DType.bool.is_unsigned())
    print(kind[DType.float64](), kind[DType.uint16](), kind[DType.int8](), kind[DType.bool]())
    print(DType.int == DType.int64, DType.float32 == DType.float64, DType.int, DType.uint)
