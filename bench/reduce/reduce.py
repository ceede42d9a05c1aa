"""Reduce: the sum of n values with a plain loop over a list, for CPython and
PyPy (same file). Values are -1, 0 or 1 (the pattern -1, -1, 0, 0, 1), so
the float sum is exact in any order and equals the float32 programs' sum.

    python3 reduce.py [log2_n]   (default 24)
"""
import sys
import time


def make_data(n):
    return [float((i % 5) // 2 - 1) for i in range(n)]


def total(data):
    s = 0.0
    for x in data:
        s += x
    return s


def main():
    n = 1 << (int(sys.argv[1]) if len(sys.argv) > 1 else 24)
    data = make_data(n)
    t0 = time.perf_counter_ns()
    s = total(data)
    t1 = time.perf_counter_ns()
    print("checksum:", int(s))
    print("kernel_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
