# In 1.2 a SIMD width parameter declared as Int cannot be inferred from an argument (the width is a SIMDLength).
def double[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x + x

def main():
    var v = SIMD[DType.int16, 2](3, 4)
    print(double(v))
# ERROR: 7:18 E0509 it depends on an unresolved parameter 'w'
# MOJO: 7:18: invalid call to 'double': value passed to 'x' cannot be converted from 'SIMD[.int16, 2]' to 'SIMD[.int16, w]', it depends on an unresolved parameter 'w'
# VERIFIED-WITH: mojo 1.2.0
