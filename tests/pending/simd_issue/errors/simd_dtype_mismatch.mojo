# SIMD arithmetic needs equal dtypes: a float32 vector plus an int32 vector needs an explicit cast.
def main():
    var f = SIMD[DType.float32, 4](1.5)
    var i = SIMD[DType.int32, 4](2)
    print(f + i)
# ERROR: 5:15 E0401 cannot be converted from 'SIMD[.int32, 4]' to 'SIMD[.float32, 4]'
# MOJO: 5:15: invalid call to '__add__': value passed to 'rhs' cannot be converted from 'SIMD[.int32, 4]' to 'SIMD[.float32, 4]'
# VERIFIED-WITH: mojo 1.2.0
