# Reduce: the sum of n float32 values (default n = 2^24, 64 MB) on every
# core: `parallelize` over CHUNKS contiguous blocks, each summed with the
# vectorized loop of reduce_simd.mojo into its own slot, then the slots are
# added. Values are -1, 0 or 1, so all summation orders give the exact sum.
#   reduce_parallel [log2_n]   (default 24)
from std.algorithm import parallelize, vectorize
from std.sys import argv, simd_width_of
from std.time import perf_counter_ns

comptime NELTS = 4 * simd_width_of[DType.float32]()
comptime CHUNKS = 64


def fill(data: UnsafePointer[mut=True, Float32, _], n: Int):
    # The pattern -1, -1, 0, 0, 1 repeated.
    for i in range(n):
        data[i] = Float32((i % 5) // 2 - 1)


def block_total(data: UnsafePointer[Float32, _], start: Int, count: Int) -> Float32:
    var acc = SIMD[DType.float32, NELTS](0)
    var rest: Float32 = 0.0

    def add[w: Int](i: Int) {mut acc, mut rest, imm}:
        comptime if w == NELTS:
            acc += data.load[width=NELTS](start + i)
        else:
            rest += data.load[width=w](start + i).reduce_add()

    vectorize[NELTS](count, add)
    return acc.reduce_add() + rest


def total(data: UnsafePointer[Float32, _], n: Int) -> Float32:
    var partial = alloc[Float32](CHUNKS)
    var per_chunk = (n + CHUNKS - 1) // CHUNKS

    def do_chunk(chunk: Int) {imm}:
        var start = min(chunk * per_chunk, n)
        var stop = min(start + per_chunk, n)
        partial[chunk] = block_total(data, start, stop - start)

    parallelize(do_chunk, CHUNKS)
    var s: Float32 = 0.0
    for chunk in range(CHUNKS):
        s += partial[chunk]
    partial.free()
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
