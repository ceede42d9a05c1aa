"""Matmul C = A @ B in float32 with NumPy, i.e. the BLAS sgemm NumPy is linked
to (OpenBLAS with Debian's libopenblas0-pthread, else the slow netlib
reference BLAS). The BLAS actually loaded is printed as `blas:`.

    python3 matmul_numpy.py [n]   (default 512)
"""
import sys
import time

import numpy as np


def make_inputs(n):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    a = (((i * 131 + j * 71) % 17 - 8) / 8.0).astype(np.float32)
    b = (((i * 37 + j * 113) % 13 - 6) / 4.0).astype(np.float32)
    return a, b


def loaded_blas():
    """The BLAS shared objects mapped into this process (after a matmul ran)."""
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            name = path.rsplit("/", 1)[-1]
            if "blas" in name and name.endswith(tuple(".so" + s for s in ("", ".0", ".3"))):
                libs.add(path)
    return ",".join(sorted(libs)) or "?"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 512
    a, b = make_inputs(n)
    a @ b  # warm-up: BLAS threads start and buffers are allocated outside the timer
    t0 = time.perf_counter_ns()
    c = a @ b
    t1 = time.perf_counter_ns()
    c64 = c.astype(np.float64)
    print("checksum:", int(c64.sum() * 32.0), int((c64 * c64).sum() * 1024.0))
    print("kernel_ms:", (t1 - t0) / 1e6)
    print("blas:", loaded_blas())


if __name__ == "__main__":
    main()
