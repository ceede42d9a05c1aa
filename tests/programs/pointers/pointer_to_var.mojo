# Pointer(to=x), the 1.2 name, points at a local; p[] reads and writes it, and it can point at a SIMD value's lanes.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var x = 3
    var p = Pointer(to=x)
    p[] *= 7
    print(x, p[])
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    var pv = Pointer(to=v)
    pv[] = pv[] * 10
    print(v)
    var lanes = pv.unsafe_bitcast[Int32]()
    lanes[unsafe_offset=0] = -1
    print(v, lanes[unsafe_offset=3])
    var f = Float64(0.5)
    var pf = Pointer(to=f)
    pf[] += 0.25
    print(f)
