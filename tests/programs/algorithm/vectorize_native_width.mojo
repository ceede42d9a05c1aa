# vectorize with the host's native width (simd_width_of); the result, not the chunking, is printed, so it does not depend on the width.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize
from std.sys import simd_width_of


def main():
    comptime W = simd_width_of[DType.int32]()
    var xs: List[Int32] = []
    for i in range(100):
        xs.append(Int32(i % 7))
    var p = xs.unsafe_ptr()
    var hits = 0
    var visited = 0

    def count_threes[width: Int](i: Int) {mut}:
        var v = p.unsafe_load[width=width](i)
        hits += Int(v.eq(3).cast[DType.int32]().reduce_add())
        visited += width

    vectorize[W](len(xs), count_threes)
    print(hits, visited)
