"""N-body with Numba @njit over a (5, 7) float64 array (x, y, z, vx, vy, vz,
mass per row); the same operations in the same order as nbody.py. One body
set is too small to parallelize, so there is no prange variant.

    python3 nbody_numba.py [steps]   (default 1000000)
"""
import math
import sys
import time

import numpy as np
from numba import njit

from nbody import energy, make_bodies, offset_momentum


@njit
def advance(b, dt, steps):
    n = b.shape[0]
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = b[i, 0] - b[j, 0]
                dy = b[i, 1] - b[j, 1]
                dz = b[i, 2] - b[j, 2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                mi = b[i, 6] * mag
                mj = b[j, 6] * mag
                b[i, 3] -= dx * mj
                b[i, 4] -= dy * mj
                b[i, 5] -= dz * mj
                b[j, 3] += dx * mi
                b[j, 4] += dy * mi
                b[j, 5] += dz * mi
        for i in range(n):
            b[i, 0] += dt * b[i, 3]
            b[i, 1] += dt * b[i, 4]
            b[i, 2] += dt * b[i, 5]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    bodies = make_bodies()
    offset_momentum(bodies)
    before = energy(bodies)
    arr = np.array(bodies, dtype=np.float64)
    t0 = time.perf_counter_ns()
    advance(arr.copy(), 0.01, 1)  # compile
    t1 = time.perf_counter_ns()
    advance(arr, 0.01, steps)
    t2 = time.perf_counter_ns()
    print("checksum:", round(before, 9), round(energy(arr.tolist()), 9))
    print("kernel_ms:", (t2 - t1) / 1e6)
    print("jit_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
