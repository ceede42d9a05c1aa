# A closure taking (i, evl) selects the predicated vectorize: every call has the full width and the last passes the count of live lanes in evl.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize
from std.math import iota


def main():
    var data: List[Int32] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    var total = SIMD[DType.int32, 4](0)
    var p = data.unsafe_ptr()

    def worker[width: Int](i: Int, evl: Int) {mut}:
        print("width", width, "idx", i, "evl", evl)
        var live = iota[DType.int32, width]().lt(Int32(evl))
        var chunk = SIMD[DType.int32, width](0)
        for k in range(evl):
            chunk[k] = p[unsafe_offset=i + k]
        total += rebind[SIMD[DType.int32, 4]](live.select(chunk, SIMD[DType.int32, width](0)))

    vectorize[4](10, worker)
    print(total, total.reduce_add())
    vectorize[4](3, worker)
