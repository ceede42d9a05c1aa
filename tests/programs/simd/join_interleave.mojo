# join concatenates two vectors into one twice as wide; interleave alternates their lanes; deinterleave splits even/odd lanes.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var x = SIMD[DType.int32, 4](0, 1, 2, 3)
    var y = SIMD[DType.int32, 4](10, 11, 12, 13)
    var j = x.join(y)
    print(j, len(j))
    print(x.interleave(y))
    var d = j.deinterleave()
    print(d[0], d[1])
    var parts = x.interleave(y).deinterleave()
    print(parts[0], parts[1])
    var f = SIMD[DType.float32, 2](1.5, 2.5)
    print(f.join(f).join(f.join(f)))
