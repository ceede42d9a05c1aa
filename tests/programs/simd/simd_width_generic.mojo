# A native-width vector built from simd_width_of works generically; the output here does not depend on the width.
# VERIFIED-WITH: mojo 1.2.0
from std.sys import simd_width_of
from std.math import iota

comptime W = simd_width_of[DType.float32]()


def main():
    print(W >= 4, W % 4 == 0, simd_width_of[DType.float64]() * 2 == W)
    var v = iota[DType.float32, W]()
    var total = v.reduce_add()
    print(total == Float32(W * (W - 1) // 2))
    var ones = SIMD[DType.int32, W](1)
    print(Int(ones.reduce_add()) == W, len(ones) == W)
    comptime W8 = simd_width_of[DType.int8]()
    print(W8 >= W)
