"""Reduce with NumPy: np.sum over a float32 array (pairwise summation in SIMD
blocks, one thread). Values are -1, 0 or 1: the sum is exact in any order.

    python3 reduce_numpy.py [log2_n]   (default 24)
"""
import sys
import time

import numpy as np


def main():
    n = 1 << (int(sys.argv[1]) if len(sys.argv) > 1 else 24)
    data = ((np.arange(n) % 5) // 2 - 1).astype(np.float32)
    t0 = time.perf_counter_ns()
    s = data.sum()
    t1 = time.perf_counter_ns()
    print("checksum:", int(s))
    print("kernel_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
