"""Mandelbrot with Numba: the scalar loops compiled by @njit, or with
--parallel by @njit(parallel=True) and prange over rows.

    python3 mandelbrot_numba.py [--parallel] [width height]   (default 960 960)

A first call on a tiny image compiles the function (its time is printed as
jit_ms), so kernel_ms is the compiled code only. Threads: NUMBA_NUM_THREADS or
the CPU count; the runner sets NUMBA_THREADING_LAYER=omp and OMP_PROC_BIND=true.
"""
import sys
import time

import numpy as np
from numba import njit, prange

MAX_ITERS = 200
X_MIN, X_MAX = -2.0, 0.6
Y_MIN, Y_MAX = -1.5, 1.5


def escape_count(cr, ci):
    zr = zi = 0.0
    n = 0
    while n < MAX_ITERS:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


escape_count_jit = njit(escape_count)  # Numba does not contract to FMA: exact counts


@njit
def mandelbrot_serial(width, height):
    dx = (X_MAX - X_MIN) / width
    dy = (Y_MAX - Y_MIN) / height
    total = 0
    for row in range(height):
        ci = Y_MIN + row * dy
        for col in range(width):
            total += escape_count_jit(X_MIN + col * dx, ci)
    return total


@njit(parallel=True)
def mandelbrot_parallel(width, height):
    dx = (X_MAX - X_MIN) / width
    dy = (Y_MAX - Y_MIN) / height
    rows = np.zeros(height, dtype=np.int64)
    for row in prange(height):
        ci = Y_MIN + row * dy
        s = 0
        for col in range(width):
            s += escape_count_jit(X_MIN + col * dx, ci)
        rows[row] = s
    return rows.sum()


def main():
    args = sys.argv[1:]
    parallel = "--parallel" in args
    args = [a for a in args if a != "--parallel"]
    width, height = (int(args[0]), int(args[1])) if len(args) > 1 else (960, 960)
    fn = mandelbrot_parallel if parallel else mandelbrot_serial
    t0 = time.perf_counter_ns()
    fn(16, 16)
    t1 = time.perf_counter_ns()
    total = fn(width, height)
    t2 = time.perf_counter_ns()
    print("checksum:", total)
    print("kernel_ms:", (t2 - t1) / 1e6)
    print("jit_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
