# Reduce: the sum of n float32 values (default n = 2^24, 64 MB), one element
# at a time. Every value is -1, 0 or 1, so every partial sum is an integer of
# at most 2^24 in magnitude, exact in float32: all summation orders agree.
#   reduce_scalar [log2_n]   (default 24)
from std.sys import argv
from std.time import perf_counter_ns


def fill(data: UnsafePointer[mut=True, Float32, _], n: Int):
    # The pattern -1, -1, 0, 0, 1 repeated.
    for i in range(n):
        data[i] = Float32((i % 5) // 2 - 1)


def total(data: UnsafePointer[Float32, _], n: Int) -> Float32:
    var s: Float32 = 0.0
    for i in range(n):
        s += data[i]
    return s


def main() raises:
    var log2_n = 24
    var args = argv()
    if len(args) > 1:
        log2_n = Int(args[1])
    var n = 1 << log2_n
    var data = alloc[Float32](n)
    fill(data, n)
    var t0 = perf_counter_ns()
    var s = total(data, n)
    var t1 = perf_counter_ns()
    print("checksum:", Int(s))
    print("kernel_ms:", Float64(t1 - t0) / 1e6)
    data.free()
