"""Reduce with Numba: a plain loop over a float32 array under @njit, or with
--parallel under @njit(parallel=True) with a prange reduction. (Without
fastmath LLVM may not reorder the serial sum, so it stays a scalar chain.)

    python3 reduce_numba.py [--parallel] [log2_n]   (default 24)
"""
import sys
import time

import numpy as np
from numba import njit, prange


@njit
def total_serial(data):
    s = np.float32(0.0)
    for i in range(data.shape[0]):
        s += data[i]
    return s


@njit(parallel=True)
def total_parallel(data):
    s = np.float32(0.0)
    for i in prange(data.shape[0]):
        s += data[i]
    return s


def main():
    args = sys.argv[1:]
    fn = total_parallel if "--parallel" in args else total_serial
    args = [x for x in args if x != "--parallel"]
    n = 1 << (int(args[0]) if args else 24)
    data = ((np.arange(n) % 5) // 2 - 1).astype(np.float32)
    t0 = time.perf_counter_ns()
    fn(data[:64])  # compile
    t1 = time.perf_counter_ns()
    s = fn(data)
    t2 = time.perf_counter_ns()
    print("checksum:", int(s))
    print("kernel_ms:", (t2 - t1) / 1e6)
    print("jit_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
