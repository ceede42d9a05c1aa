"""Sum of 2^24 float32 in every implementation (see reduce/NOTES.md)."""
from common import machine
from common.suite import Suite
from common.variant import cpp, mojo_ref, mojoc, py

LOG2_N = 24
REDUCED = 20  # CPython sums 2^20 values, its time is scaled x16


class Reduce(Suite):
    name = "reduce"
    title = "Reduce: sum of 2^24 float32 (64 MB)"
    description = (
        "Values are -1, 0 or 1 (the pattern -1, -1, 0, 0, 1), so every partial sum is an integer "
        "of at most 2^24 and exact in float32: every order of summation prints -3355444. "
        "The data is written before the timer starts; the kernel reads 64 MB once, so the "
        "vectorized rows are bound by memory bandwidth (GB/s column). GFLOP/s counts one add "
        "per element. CPython sums 2^20 values and its time is scaled x16."
    )
    size_name = "log2 n"
    rate_headers = ("GB/s", "GFLOP/s")
    peak = "f32"

    def sizes(self):
        return [LOG2_N]

    def size_text(self, size):
        return f"run 2^{size} values"

    def work(self, size, checksum):
        return float(1 << size)  # adds

    def gflops(self, size, ms, checksum):
        return (1 << size) / ms / 1e6

    def rates(self, size, ms, checksum):
        return {"GB/s": f"{4 * (1 << size) / ms / 1e6:.1f}",
                "GFLOP/s": f"{self.gflops(size, ms, checksum):.2f}"}

    def variants(self):
        w, p = self.out_dir, self.path
        strict = ["-ffp-contract=off"]
        ref = "Mojo 1.2 (reference, not mojoc): "
        return [
            py("cpython", "CPython 3.11, for loop over a list", p("reduce.py"), reduce_to=lambda s: REDUCED),
            py("pypy", "PyPy, for loop over a list", p("reduce.py"), interpreter=machine.PYPY),
            py("numpy", "NumPy np.sum (float32)", p("reduce_numpy.py")),
            py("numba", "Numba @njit loop", p("reduce_numba.py")),
            py("numba_par", "Numba @njit(parallel=True) prange reduction", p("reduce_numba.py"), threads=2,
               extra=["--parallel"]),
            cpp("cpp_scalar", "C++ scalar loop, g++", p("reduce_scalar.cpp"), w, flags=strict),
            cpp("cpp_avx512", "C++ AVX-512, 4 accumulators, g++", p("reduce_simd.cpp"), w, flags=strict),
            cpp("cpp_avx512_omp", "C++ AVX-512 + OpenMP blocks, g++", p("reduce_simd.cpp"), w, threads=2,
                flags=strict),
            mojoc("mojoc_scalar", "mojoc: reduce_scalar.mojo", p("reduce_scalar.mojo"), w),
            mojoc("mojoc_simd", "mojoc: reduce_simd.mojo (vectorize)", p("reduce_simd.mojo"), w),
            mojoc("mojoc_parallel", "mojoc: reduce_parallel.mojo (vectorize + parallelize)",
                  p("reduce_parallel.mojo"), w, threads=2),
            mojo_ref("mojo_scalar", ref + "reduce_scalar.mojo", p("reduce_scalar.mojo"), w),
            mojo_ref("mojo_simd", ref + "reduce_simd.mojo", p("reduce_simd.mojo"), w),
            mojo_ref("mojo_parallel", ref + "reduce_parallel.mojo", p("reduce_parallel.mojo"), w,
                     threads=2, legacy=True),
        ]


SUITE = Reduce
