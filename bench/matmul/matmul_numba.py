"""Matmul C = A * B in float32 with Numba: the i-k-j loop (the inner loop runs
along rows, which LLVM vectorizes) under @njit, or with --parallel under
@njit(parallel=True) with prange over the rows of C.

    python3 matmul_numba.py [--parallel] [n]   (default 512)
"""
import sys
import time

import numpy as np
from numba import njit, prange


def make_inputs(n):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    a = (((i * 131 + j * 71) % 17 - 8) / 8.0).astype(np.float32)
    b = (((i * 37 + j * 113) % 13 - 6) / 4.0).astype(np.float32)
    return a, b


@njit
def update_row(a, b, c, i):
    # Row views keep the inner loop a plain unit-stride loop LLVM vectorizes.
    ci = c[i]
    ci[:] = 0.0
    for k in range(a.shape[0]):
        aik = a[i, k]
        bk = b[k]
        for j in range(ci.shape[0]):
            ci[j] += aik * bk[j]


@njit
def matmul_serial(a, b, c):
    n = a.shape[0]
    for i in range(n):
        update_row(a, b, c, i)


@njit(parallel=True)
def matmul_parallel(a, b, c):
    n = a.shape[0]
    for i in prange(n):
        update_row(a, b, c, i)


def main():
    args = sys.argv[1:]
    fn = matmul_parallel if "--parallel" in args else matmul_serial
    args = [x for x in args if x != "--parallel"]
    n = int(args[0]) if args else 512
    a, b = make_inputs(n)
    c = np.empty_like(a)
    t0 = time.perf_counter_ns()
    fn(a[:8, :8].copy(), b[:8, :8].copy(), c[:8, :8].copy())  # compile
    t1 = time.perf_counter_ns()
    fn(a, b, c)
    t2 = time.perf_counter_ns()
    c64 = c.astype(np.float64)
    print("checksum:", int(c64.sum() * 32.0), int((c64 * c64).sum() * 1024.0))
    print("kernel_ms:", (t2 - t1) / 1e6)
    print("jit_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
