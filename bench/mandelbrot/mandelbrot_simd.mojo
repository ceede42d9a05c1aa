# Mandelbrot, SIMD float64 on one core: `vectorize` walks each row of pixels
# in SIMD chunks; every lane iterates until all lanes of its chunk escaped,
# and a mask of still-active lanes decides which counts grow.
#   mandelbrot_simd [width height]   (default 960 960)
from std.algorithm import vectorize
from std.sys import argv, simd_width_of
from std.time import perf_counter_ns

comptime MAX_ITERS = 200
comptime X_MIN = -2.0
comptime X_MAX = 0.6
comptime Y_MIN = -1.5
comptime Y_MAX = 1.5
# Four native vectors per chunk: independent dependency chains hide the
# multiply latency (one 8-lane chain leaves the FP pipes idle most cycles).
comptime CHUNK = 4 * simd_width_of[DType.float64]()


def escape_counts[
    w: Int
](cr: SIMD[DType.float64, w], ci: SIMD[DType.float64, w]) -> SIMD[
    DType.int64, w
]:
    # Same operations and order as the scalar loop, per lane; a lane stays
    # inactive once it escaped (the mask only ever loses lanes).
    var zr = SIMD[DType.float64, w](0)
    var zi = SIMD[DType.float64, w](0)
    var counts = SIMD[DType.int64, w](0)
    var active = SIMD[DType.bool, w](fill=True)
    for _ in range(MAX_ITERS):
        var zr2 = zr * zr
        var zi2 = zi * zi
        active = active & (zr2 + zi2).le(4.0)
        if not active.reduce_or():
            break
        counts += active.cast[DType.int64]()
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return counts


def mandelbrot(width: Int, height: Int) -> Int:
    var dx = (X_MAX - X_MIN) / Float64(width)
    var dy = (Y_MAX - Y_MIN) / Float64(height)
    # Column coordinates once, so a chunk's real parts are one vector load.
    var xs = alloc[Float64](width)
    for col in range(width):
        xs[col] = X_MIN + Float64(col) * dx
    var total = 0
    for row in range(height):
        var ci = Y_MIN + Float64(row) * dy

        def chunk[w: Int](col: Int) {mut}:
            var counts = escape_counts[w](
                xs.load[width=w](col), SIMD[DType.float64, w](ci)
            )
            total += Int(counts.reduce_add())

        vectorize[CHUNK](width, chunk)
    xs.free()
    return total


def main() raises:
    var width = 960
    var height = 960
    var args = argv()
    if len(args) > 2:
        width = Int(args[1])
        height = Int(args[2])
    var t0 = perf_counter_ns()
    var total = mandelbrot(width, height)
    var t1 = perf_counter_ns()
    print("checksum:", total)
    print("kernel_ms:", Float64(t1 - t0) / 1e6)
