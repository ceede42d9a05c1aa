"""Mandelbrot 960x960 in every implementation (see mandelbrot/NOTES.md)."""
from common import machine
from common.suite import Suite
from common.variant import cpp, mojo_ref, mojoc, py

FULL = 960
REDUCED = 320  # CPython runs a 320x320 grid of the same region (1/9 of the pixels)
EXACT = "40139097"


class Mandelbrot(Suite):
    name = "mandelbrot"
    title = "Mandelbrot 960x960, x in [-2, 0.6), y in [-1.5, 1.5), max 200 iterations, float64"
    description = (
        "Checksum: the sum of escape counts (40139097 with strict IEEE rounding). Builds that "
        "fuse `2*zr*zi + ci` into an FMA round once less per step and give 40120406 (-0.047%); "
        "the real Mojo compiler does so by default (`--fp-mode contract=fast`). "
        "GFLOP/s counts 8 flop per useful iteration (321 MFLOP in all). CPython runs a "
        "320x320 grid of the same region and its time is scaled by the iteration counts."
    )
    size_name = "pixels"
    rate_headers = ("GFLOP/s",)
    peak = "f64"

    def sizes(self):
        return [FULL]

    def size_args(self, size):
        return [str(size), str(size)]

    def size_text(self, size):
        return f"run at {size}x{size}"

    def work(self, size, checksum):
        return 8.0 * int(checksum)  # flop

    def gflops(self, size, ms, checksum):
        return self.work(size, checksum) / ms / 1e6

    def rates(self, size, ms, checksum):
        return {"GFLOP/s": f"{self.gflops(size, ms, checksum):.2f}"}

    def compare(self, got, ref):
        if got == ref:
            return "ok", False
        try:
            rel = (int(got) - int(ref)) / int(ref)
        except ValueError:
            return f"**MISMATCH**: {got}", True
        if abs(rel) < 0.002:
            # A different rounding (FMA contraction), not a wrong program.
            return f"{got} ({100 * rel:+.3f}%, FMA)", False
        return f"**MISMATCH**: {got} ({100 * rel:+.2f}%)", True

    def variants(self):
        w, p = self.out_dir, self.path
        strict = ["-ffp-contract=off"]
        return [
            py("cpython", "CPython 3.11, pure loops", p("mandelbrot.py"), reduce_to=lambda s: REDUCED),
            py("pypy", "PyPy, pure loops", p("mandelbrot.py"), interpreter=machine.PYPY),
            py("numpy", "NumPy whole-array (compacting the active set)", p("mandelbrot_numpy.py")),
            py("numba", "Numba @njit", p("mandelbrot_numba.py")),
            py("numba_par", "Numba @njit(parallel=True) + prange rows", p("mandelbrot_numba.py"),
               threads=2, extra=["--parallel"]),
            cpp("cpp_scalar", "C++ scalar, g++ -ffp-contract=off", p("mandelbrot_scalar.cpp"), w, flags=strict),
            cpp("cpp_avx512", "C++ AVX-512 intrinsics 4x8 lanes, g++", p("mandelbrot_avx512.cpp"), w,
                flags=strict),
            cpp("cpp_avx512_omp", "C++ AVX-512 4x8 lanes + OpenMP rows, g++", p("mandelbrot_avx512.cpp"), w,
                threads=2, flags=strict),
            mojoc("mojoc_scalar", "mojoc: mandelbrot_scalar.mojo", p("mandelbrot_scalar.mojo"), w),
            mojoc("mojoc_simd", "mojoc: mandelbrot_simd.mojo (vectorize)", p("mandelbrot_simd.mojo"), w),
            mojoc("mojoc_parallel", "mojoc: mandelbrot_parallel.mojo (vectorize + parallelize)",
                  p("mandelbrot_parallel.mojo"), w, threads=2),
            mojo_ref("mojo_scalar", "Mojo 1.2 (reference, not mojoc): mandelbrot_scalar.mojo",
                     p("mandelbrot_scalar.mojo"), w),
            mojo_ref("mojo_simd", "Mojo 1.2 (reference, not mojoc): mandelbrot_simd.mojo",
                     p("mandelbrot_simd.mojo"), w),
            mojo_ref("mojo_parallel", "Mojo 1.2 (reference, not mojoc): mandelbrot_parallel.mojo",
                     p("mandelbrot_parallel.mojo"), w, threads=2, legacy=True),
        ]


SUITE = Mandelbrot
