# Adding SIMD vectors of different widths is a type error; there is no broadcasting between widths.
def main():
    var a = SIMD[DType.float32, 4](1)
    var b = SIMD[DType.float32, 8](2)
    print(a + b)
# ERROR: 5:15 E0401 cannot be converted from 'SIMD[.float32, 8]' to 'SIMD[.float32, 4]'
# MOJO: 5:15: invalid call to '__add__': value passed to 'rhs' cannot be converted from 'SIMD[.float32, 8]' to 'SIMD[.float32, 4]'
# VERIFIED-WITH: mojo 1.2.0
