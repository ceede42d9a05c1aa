"""Matmul C = A * B with plain lists and the textbook triple loop, for CPython
and PyPy (same file). Python floats are float64, but the inputs are multiples
of 1/8 and 1/4, so every value is the one the float32 programs compute.

    python3 matmul.py [n]   (default 128)
"""
import sys
import time


def make_inputs(n):
    a = [[((i * 131 + j * 71) % 17 - 8) / 8.0 for j in range(n)] for i in range(n)]
    b = [[((i * 37 + j * 113) % 13 - 6) / 4.0 for j in range(n)] for i in range(n)]
    return a, b


def checksum(c):
    """sum(C) * 32 and sum(C^2) * 1024, integers."""
    s1 = s2 = 0.0
    for row in c:
        for x in row:
            s1 += x
            s2 += x * x
    return int(s1 * 32.0), int(s2 * 1024.0)


def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for j in range(n):
            acc = 0.0
            for k in range(n):
                acc += ai[k] * b[k][j]
            ci[j] = acc
    return c


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 128
    a, b = make_inputs(n)
    t0 = time.perf_counter_ns()
    c = matmul(a, b, n)
    t1 = time.perf_counter_ns()
    print("checksum:", *checksum(c))
    print("kernel_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
