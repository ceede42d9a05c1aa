# iota[dtype, width](start) builds start, start+1, ... across the lanes; handy for lane indexes and masks.
# VERIFIED-WITH: mojo 1.2.0
from std.math import iota


def main():
    print(iota[DType.int32, 8]())
    print(iota[DType.float32, 4](10))
    print(iota[DType.uint8, 4](254))
    print(iota[DType.int64, 2](-1))
    var idx = iota[DType.int32, 8]()
    print(idx.lt(3))
    print(idx * idx)
    var base = 100
    print(iota[DType.int32, 4](Int32(base)) + 1)
    print(iota[DType.float64, 4](0.5))
