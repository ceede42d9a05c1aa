# reduce_add and reduce_max on widths 1, 2, 4, 8 and 16, through one generic function.
# VERIFIED-WITH: mojo 1.2.0
from std.math import iota


def show[w: Int]():
    var v = iota[DType.int32, w](1)
    print(w, v.reduce_add(), v.reduce_max(), v.reduce_mul())


def main():
    show[1]()
    show[2]()
    show[4]()
    show[8]()
    show[16]()
    var f = iota[DType.float32, 16]() * 0.5
    print(f.reduce_add(), f.reduce_min())
    var one = Float64(2.5)
    print(one.reduce_add(), one.reduce_mul())
