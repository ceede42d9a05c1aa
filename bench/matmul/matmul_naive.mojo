# Matmul C = A * B, float32, n x n, the textbook i-j-k triple loop (B is
# walked down a column: strided, scalar). Prints the checksum and kernel time.
#   matmul_naive [n]   (default 512)
from std.sys import argv
from std.time import perf_counter_ns


def fill_inputs(
    a: UnsafePointer[mut=True, Float32, _],
    b: UnsafePointer[mut=True, Float32, _],
    n: Int,
):
    # Multiples of 1/8 (A) and 1/4 (B) in [-1.5, 1.5]: every product and
    # partial sum is exact in float32, so all summation orders agree.
    for i in range(n):
        for j in range(n):
            a[i * n + j] = Float32((i * 131 + j * 71) % 17 - 8) / 8.0
            b[i * n + j] = Float32((i * 37 + j * 113) % 13 - 6) / 4.0


def print_checksum(c: UnsafePointer[Float32, _], n: Int):
    # sum(C) * 32 and sum(C^2) * 1024 are integers (exact in float64).
    var s1: Float64 = 0.0
    var s2: Float64 = 0.0
    for i in range(n * n):
        var x = Float64(c[i])
        s1 += x
        s2 += x * x
    print("checksum:", Int(s1 * 32.0), Int(s2 * 1024.0))


def matmul(
    c: UnsafePointer[mut=True, Float32, _],
    a: UnsafePointer[Float32, _],
    b: UnsafePointer[Float32, _],
    n: Int,
):
    for i in range(n):
        for j in range(n):
            var acc: Float32 = 0.0
            for k in range(n):
                acc += a[i * n + k] * b[k * n + j]
            c[i * n + j] = acc


def main() raises:
    var n = 512
    var args = argv()
    if len(args) > 1:
        n = Int(args[1])
    var a = alloc[Float32](n * n)
    var b = alloc[Float32](n * n)
    var c = alloc[Float32](n * n)
    fill_inputs(a, b, n)
    var t0 = perf_counter_ns()
    matmul(c, a, b, n)
    var t1 = perf_counter_ns()
    print_checksum(c, n)
    print("kernel_ms:", Float64(t1 - t0) / 1e6)
    a.free()
    b.free()
    c.free()
