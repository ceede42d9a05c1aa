"""Matmul float32 at n = 128, 512, 1024 in every implementation (see matmul/NOTES.md)."""
from common import machine
from common.suite import Suite
from common.variant import PYTHON, Variant, cpp, mojo_ref, mojoc, py

SMALL, MEDIUM, LARGE = 128, 512, 1024


class Matmul(Suite):
    name = "matmul"
    title = "Matmul C = A * B, float32, n x n"
    description = (
        "A holds multiples of 1/8 and B multiples of 1/4, so every partial sum is exact in "
        "float32 and every variant must print the same checksum (sum(C)*32, sum(C^2)*1024). "
        "2n^3 flop. The Python lists are float64, which gives the same values. CPython runs "
        "only n = 128; *vs CPython* compares GFLOP/s with it. The naive triple loops (C++, "
        "mojoc, Mojo) and PyPy stop at n = 512, where they already run at about 1 GFLOP/s; "
        "`--quick` drops n = 1024."
    )
    size_name = "n"
    # Exact inputs make every correct program print the same checksum; the packed C++ is
    # the fast one to run once per size (the naive loop takes 3.5 s at n = 1024).
    reference = "cpp_packed"
    rate_headers = ("GFLOP/s",)
    peak = "f32"

    def sizes(self):
        return [SMALL, MEDIUM] if self.quick else [SMALL, MEDIUM, LARGE]

    def size_text(self, size):
        return f"run at n = {size}"

    def work(self, size, checksum):
        return 2.0 * size ** 3

    def gflops(self, size, ms, checksum):
        return self.work(size, checksum) / ms / 1e6

    def rates(self, size, ms, checksum):
        return {"GFLOP/s": f"{self.gflops(size, ms, checksum):.2f}"}

    def variants(self):
        w, p = self.out_dir, self.path
        upto_medium = {SMALL, MEDIUM}
        ref = "Mojo 1.2 (reference, not mojoc): "
        return [
            py("cpython", "CPython 3.11, naive triple loop (lists)", p("matmul.py"), sizes={SMALL}),
            py("pypy", "PyPy, naive triple loop (lists)", p("matmul.py"), interpreter=machine.PYPY,
               sizes=upto_medium),
            py("numpy", "NumPy f32 A @ B (BLAS: see notes)", p("matmul_numpy.py"), threads=2),
            # This VM reports a bare "Intel Xeon Processor", so OpenBLAS 0.3.21 picks its
            # Prescott kernel; naming the AVX-512 one is what a user tuning NumPy would do.
            Variant("numpy_skx", "NumPy f32 A @ B, OPENBLAS_CORETYPE=SkylakeX", PYTHON, 2,
                    ["env", "OPENBLAS_CORETYPE=SkylakeX", machine.CPYTHON, p("matmul_numpy.py")]),
            py("numba", "Numba @njit, i-k-j loop", p("matmul_numba.py")),
            py("numba_par", "Numba @njit(parallel=True), prange rows", p("matmul_numba.py"), threads=2,
               extra=["--parallel"]),
            cpp("eigen", "Eigen 3.4, g++ -fopenmp", p("matmul_eigen.cpp"), w, threads=2,
                flags=["-I/usr/include/eigen3"], deps=[p("matmul_inputs.hpp")]),
            cpp("cpp_scalar", "C++ naive i-j-k, g++", p("matmul_naive.cpp"), w, sizes=upto_medium,
                deps=[p("matmul_inputs.hpp")]),
            cpp("cpp_packed", "C++ packed + AVX-512 8x32 micro-kernel, g++", p("matmul_packed.cpp"), w,
                deps=[p("matmul_inputs.hpp")]),
            cpp("cpp_packed_omp", "C++ packed + AVX-512 8x32 + OpenMP, g++", p("matmul_packed.cpp"), w,
                threads=2, deps=[p("matmul_inputs.hpp")]),
            mojoc("mojoc_naive", "mojoc: matmul_naive.mojo", p("matmul_naive.mojo"), w, sizes=upto_medium),
            mojoc("mojoc_vectorized", "mojoc: matmul_vectorized.mojo", p("matmul_vectorized.mojo"), w),
            mojoc("mojoc_parallel", "mojoc: matmul_parallel.mojo", p("matmul_parallel.mojo"), w, threads=2),
            mojoc("mojoc_tiled", "mojoc: matmul_tiled.mojo", p("matmul_tiled.mojo"), w, threads=2),
            mojoc("mojoc_packed", "mojoc: matmul_packed.mojo", p("matmul_packed.mojo"), w, threads=2),
            mojo_ref("mojo_naive", ref + "matmul_naive.mojo", p("matmul_naive.mojo"), w, sizes=upto_medium),
            mojo_ref("mojo_vectorized", ref + "matmul_vectorized.mojo", p("matmul_vectorized.mojo"), w),
            mojo_ref("mojo_parallel", ref + "matmul_parallel.mojo", p("matmul_parallel.mojo"), w,
                     threads=2, legacy=True),
            mojo_ref("mojo_tiled", ref + "matmul_tiled.mojo", p("matmul_tiled.mojo"), w,
                     threads=2, legacy=True),
            mojo_ref("mojo_packed", ref + "matmul_packed.mojo", p("matmul_packed.mojo"), w,
                     threads=2, legacy=True),
        ]


SUITE = Matmul
