# Legacy edition: sys.simdwidthof[Type]() (deprecated there for simd_width_of) and simd_width_of[DType]() on this AVX-512 host.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from sys import simdwidthof, simd_width_of, sizeof, size_of


fn main():
    print(simdwidthof[Float32](), simdwidthof[Int8]())
    print(simd_width_of[DType.float32](), simd_width_of[DType.float64](), simd_width_of[DType.int8]())
    print(sizeof[Int32](), size_of[Int64](), size_of[DType.float16]())
    alias W = simd_width_of[DType.float32]()
    var v = SIMD[DType.float32, W](1)
    print(v.reduce_add() == W, W >= 4)
