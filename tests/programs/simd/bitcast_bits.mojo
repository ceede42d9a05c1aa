# bitcast reinterprets the bits: float32 bits as uint32 and back, and a vector regrouped into wider or narrower lanes.
# VERIFIED-WITH: mojo 1.2.0
from std.memory import bitcast


def main():
    print(bitcast[DType.uint32](Float32(1.0)))
    print(bitcast[DType.uint32](Float32(-2.5)))
    print(bitcast[DType.uint64](Float64(1.0)))
    var bits = bitcast[DType.uint32, 4](SIMD[DType.float32, 4](0.0, -0.0, 0.5, 1.5))
    print(bits)
    print(bitcast[DType.float32, 4](bits))
    print(bitcast[DType.float32](UInt32(0x40490FDB)))
    var bytes = bitcast[DType.uint8, 4](UInt32(0x11223344))
    print(bytes)
    print(bitcast[DType.uint16, 2](bytes))
    print(bitcast[DType.int32](UInt32(4294967295)))
    print(hex(bitcast[DType.uint32](Float32(0.1))))
