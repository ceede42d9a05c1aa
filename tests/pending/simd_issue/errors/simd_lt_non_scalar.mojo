# `<` on a SIMD wider than one lane is rejected: ordering comparisons need .lt() for a mask.
def main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](4, 3, 2, 1)
    if a < b:
        print("less")
# ERROR: 2:5 E0702 function instantiation failed
# MOJO: 2:5: function instantiation failed
# MOJO-NOTE: 5:10: call expansion failed
# MOJO-NOTE: constraint failed: Strict inequality is only defined for `Scalar`s; did you mean to use `SIMD.lt(...)`?
# VERIFIED-WITH: mojo 1.2.0
