"""N-body, 5 bodies, 1M steps in every implementation (see nbody/NOTES.md)."""
from common import machine
from common.suite import Suite
from common.variant import cpp, mojo_ref, mojoc, py

STEPS = 1_000_000
REDUCED = 100_000  # CPython runs 100k steps, its time is scaled x10


class NBody(Suite):
    name = "nbody"
    title = "N-body, 5 bodies (Sun and the gas giants), 1,000,000 steps of dt = 0.01, float64"
    description = (
        "Checksum: the total energy before and after, rounded to 9 decimals "
        "(-0.169075164 -0.169086185). One body set is too small to vectorize or "
        "parallelize, so every row runs on one thread. CPython runs 100,000 steps and its "
        "time is scaled x10."
    )
    size_name = "steps"
    rate_headers = ("ns/step",)

    def sizes(self):
        return [STEPS]

    def size_text(self, size):
        return f"run {size:,} steps"

    def work(self, size, checksum):
        return float(size)  # steps

    def rates(self, size, ms, checksum):
        return {"ns/step": f"{ms * 1e6 / size:.1f}"}

    def compare(self, got, ref):
        # Python prints round(x, 9) in shortest form, C++ %.9f: compare the numbers.
        def norm(text):
            try:
                return [f"{float(x):.9f}" for x in text.split()]
            except ValueError:
                return text
        if norm(got) == norm(ref):
            return "ok", False
        return f"**MISMATCH**: {got} (expected {ref})", True

    def variants(self):
        w, p = self.out_dir, self.path
        return [
            py("cpython", "CPython 3.11, lists", p("nbody.py"), reduce_to=lambda s: REDUCED),
            py("pypy", "PyPy, lists", p("nbody.py"), interpreter=machine.PYPY),
            py("numba", "Numba @njit, (5, 7) array", p("nbody_numba.py")),
            cpp("cpp_scalar", "C++ scalar, g++ -ffp-contract=off", p("nbody.cpp"), w, flags=["-ffp-contract=off"]),
            cpp("cpp_scalar_fma", "C++ scalar, g++ (FMA contraction on)", p("nbody.cpp"), w),
            mojoc("mojoc_nbody", "mojoc: nbody.mojo", p("nbody.mojo"), w),
            mojo_ref("mojo_nbody", "Mojo 1.2 (reference, not mojoc): nbody.mojo", p("nbody.mojo"), w),
        ]


SUITE = NBody
