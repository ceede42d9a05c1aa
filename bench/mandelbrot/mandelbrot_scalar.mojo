# Mandelbrot, scalar float64: one pixel at a time, the plain loop a Python
# programmer would write. Prints the sum of escape counts (the checksum every
# variant must reproduce) and the kernel time.
#   mandelbrot_scalar [width height]   (default 960 960)
from std.sys import argv
from std.time import perf_counter_ns

comptime MAX_ITERS = 200
comptime X_MIN = -2.0
comptime X_MAX = 0.6
comptime Y_MIN = -1.5
comptime Y_MAX = 1.5


def escape_count(cr: Float64, ci: Float64) -> Int:
    # Iterations before |z| > 2; the test comes first so that every language
    # performs the same float operations in the same order (bit-exact counts).
    var zr: Float64 = 0.0
    var zi: Float64 = 0.0
    var n = 0
    while n < MAX_ITERS:
        var zr2 = zr * zr
        var zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def mandelbrot(width: Int, height: Int) -> Int:
    var dx = (X_MAX - X_MIN) / Float64(width)
    var dy = (Y_MAX - Y_MIN) / Float64(height)
    var total = 0
    for row in range(height):
        var ci = Y_MIN + Float64(row) * dy
        for col in range(width):
            total += escape_count(X_MIN + Float64(col) * dx, ci)
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
