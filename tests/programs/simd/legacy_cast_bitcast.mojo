# Legacy edition: cast[] truncates floats and wraps integers; memory.bitcast reinterprets bits; iota and shuffle/slice behave as in 1.2.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from memory import bitcast
from math import iota


fn main():
    var f = SIMD[DType.float32, 4](1.9, -1.9, 2.5, -0.5)
    print(f.cast[DType.int32]())
    var i = SIMD[DType.int32, 4](-1, -200, 5, 0)
    print(i.cast[DType.uint8](), i.cast[DType.bool]())
    print(bitcast[DType.uint32](Float32(1.0)), bitcast[DType.uint8, 4](UInt32(0x11223344)))
    var v = iota[DType.int32, 8]()
    print(v.shuffle[7, 6, 5, 4, 3, 2, 1, 0](), v.slice[2, offset=1]())
    print(v.reduce_add(), v.reduce_max(), (v * 3).reduce_min())
