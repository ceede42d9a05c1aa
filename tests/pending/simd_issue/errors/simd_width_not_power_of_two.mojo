# A SIMD width must be a power of two; SIMD[DType.float32, 3] fails when it is instantiated.
def main():
    var v = SIMD[DType.float32, 3](1, 2, 3)
    print(v)
# ERROR: 3:9 E0702 SIMD vector length must be a power of two
# MOJO: <unknown>:0: SIMD vector length must be a power of two between 1 and 2^15, found '!kgen.simd<3, f32>'
# MOJO-NOTE: the first error with a location is 3:9 (same text); more follow at 4:10 and 4:11
# VERIFIED-WITH: mojo 1.2.0
