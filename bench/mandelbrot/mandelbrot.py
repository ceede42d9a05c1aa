"""Mandelbrot with plain float loops, for CPython and PyPy (same file).

    python3 mandelbrot.py [width height]   (default 960 960)

The operations and their order match mandelbrot_scalar.mojo/.cpp exactly, so the
checksum (sum of escape counts) is bit-identical to the strict-FP builds.
"""
import sys
import time

MAX_ITERS = 200
X_MIN, X_MAX = -2.0, 0.6
Y_MIN, Y_MAX = -1.5, 1.5


def mandelbrot(width, height):
    dx = (X_MAX - X_MIN) / width
    dy = (Y_MAX - Y_MIN) / height
    total = 0
    for row in range(height):
        ci = Y_MIN + row * dy
        for col in range(width):
            cr = X_MIN + col * dx
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
            total += n
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
