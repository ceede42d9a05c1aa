"""Mandelbrot with NumPy whole-array operations (the usual "array programming"
rewrite): all pixels iterate together, and the set of still-active pixels is
compacted after every step, so escaped pixels cost nothing more.

    python3 mandelbrot_numpy.py [width height]   (default 960 960)
"""
import sys
import time

import numpy as np

MAX_ITERS = 200
X_MIN, X_MAX = -2.0, 0.6
Y_MIN, Y_MAX = -1.5, 1.5


def mandelbrot(width, height):
    dx = (X_MAX - X_MIN) / width
    dy = (Y_MAX - Y_MIN) / height
    # The same coordinates as the scalar loops: X_MIN + col * dx per pixel.
    cr = np.tile(X_MIN + np.arange(width, dtype=np.float64) * dx, height)
    ci = np.repeat(Y_MIN + np.arange(height, dtype=np.float64) * dy, width)
    zr = np.zeros_like(cr)
    zi = np.zeros_like(cr)
    total = 0
    for _ in range(MAX_ITERS):
        zr2 = zr * zr
        zi2 = zi * zi
        inside = zr2 + zi2 <= 4.0
        if not inside.all():
            # Drop the pixels that escaped before this step.
            cr, ci, zr, zi, zr2, zi2 = (a[inside] for a in (cr, ci, zr, zi, zr2, zi2))
        if cr.size == 0:
            break
        total += cr.size  # every remaining pixel makes one more iteration
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return total


def main():
    width, height = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (960, 960)
    t0 = time.perf_counter_ns()
    total = mandelbrot(width, height)
    t1 = time.perf_counter_ns()
    print("checksum:", total)
    print("kernel_ms:", (t1 - t0) / 1e6)


if __name__ == "__main__":
    main()
