# Reduce: the sum of n float32 values (default n = 2^24, 64 MB) on one core,
# `vectorize` adding SIMD chunks into a SIMD accumulator of four native
# vectors (four independent add chains). Values are -1, 0 or 1, so every
# partial sum is exact in float32 and all summation orders agree.
#   reduce_simd [log2_n]   (default 24)
from std.algorithm import vectorize
from std.sys import argv, simd_width_of
from std.time import perf_counter_ns

comptime NELTS = 4 * simd_width_of[DType.float32]()


def fill(data: UnsafePointer[mut=True, Float32, _], n: Int):
    # The pattern -1, -1, 0, 0, 1 repeated.
    for i in range(n):
        data[i] = Float32((i % 5) // 2 - 1)


def total(data: UnsafePointer[Float32, _], n: Int) -> Float32:
    var acc = SIMD[DType.float32, NELTS](0)
    var rest: Float32 = 0.0

    def add[w: Int](i: Int) {mut acc, mut rest, imm}:
        comptime if w == NELTS:
            acc += data.load[width=NELTS](i)
        else:
            # The tail (n % NELTS elements) in narrower steps.
            rest += data.load[width=w](i).reduce_add()

    vectorize[NELTS](n, add)
    return acc.reduce_add() + rest


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
