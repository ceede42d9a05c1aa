"""What a benchmark row is: how to build it, how to run it, how to label it."""
import os
from dataclasses import dataclass, field

from . import machine

# Row kinds. The report compares every "mojoc" and "mojo" row with the best "cpp" row.
PYTHON, CPP, MOJOC, MOJO_REF = "python", "cpp", "mojoc", "mojo"


@dataclass
class Build:
    """One compile step. tool: 'g++', 'mojoc', 'mojo' (1.2) or 'mojo25' (0.25.6)."""
    tool: str
    src: str
    out: str
    flags: list = field(default_factory=list)
    deps: list = field(default_factory=list)  # extra files whose change forces a rebuild


@dataclass
class Variant:
    key: str  # unique within its benchmark
    label: str  # the table's first column
    kind: str  # PYTHON, CPP, MOJOC or MOJO_REF
    threads: int
    cmd: list  # argv without the size arguments
    build: Build = None  # None: nothing to compile (Python)
    sizes: object = None  # None: every size of the benchmark; else a set of sizes it runs at
    reduce_to: object = None  # size -> smaller size actually run (time scaled up); None: full size
    note: str = ""  # why it was skipped or what it needs, shown under the table
    available: bool = True

    def runs_at(self, size):
        return self.sizes is None or size in self.sizes

    def run_size(self, size):
        return self.reduce_to(size) if self.reduce_to else size


def py(key, label, path, interpreter=machine.CPYTHON, threads=1, extra=(), **kw):
    """A Python program run by CPython (default) or PyPy."""
    v = Variant(key, label, PYTHON, threads, [interpreter or "pypy3", path, *extra], **kw)
    if interpreter is None:
        v.available, v.note = False, f"{label}: skipped, pypy3 is not installed (scripts/install-deps.sh)"
    return v


def cpp(key, label, src, work, threads=1, flags=(), deps=(), **kw):
    """A C++ baseline: g++ -O3 -march=native, plus -fopenmp when it runs on 2 threads."""
    out = os.path.join(work, key)
    all_flags = ["-std=c++20", "-O3", "-march=native", *flags]
    if threads > 1:
        all_flags.append("-fopenmp")
    return Variant(key, label, CPP, threads, [out], Build("g++", src, out, all_flags, list(deps)), **kw)


def mojoc(key, label, src, work, threads=1, **kw):
    """A Mojo program compiled by mojoc (this project)."""
    out = os.path.join(work, key)
    return Variant(key, label, MOJOC, threads, [out], Build("mojoc", src, out, ["-O3"]), **kw)


def mojo_ref(key, label, src, work, threads=1, legacy=False, **kw):
    """The real Mojo 1.2 build of the same program, a reference row (not mojoc).

    Mojo 1.2's standard library has no `parallelize`, so with legacy=True the
    row is built by Mojo 0.25.6 from the program's legacy-edition twin, which
    common/legacy.py derives from the 1.2 source at build time."""
    out = os.path.join(work, key)
    if legacy:
        return Variant(key, label.replace("Mojo 1.2", "Mojo 0.25.6 (legacy twin)"), MOJO_REF, threads,
                       [out], Build("mojo25", src, out, ["-O3"]), **kw)
    return Variant(key, label, MOJO_REF, threads, [out], Build("mojo", src, out, ["-O3"]), **kw)
