"""Facts about this machine and the fixed settings every benchmark run uses."""
import os
import platform
import shutil
import subprocess

CPYTHON = "/usr/bin/python3"  # Debian's CPython (NumPy/Numba come from Debian packages)
PYPY = shutil.which("pypy3")
REAL_MOJO = "/tmp/mojovenv/bin/mojo"  # Mojo 1.2.0: the reference compiler
LEGACY_MOJO = "/tmp/mojo25/bin/mojo"  # Mojo 0.25.6: still has parallelize (1.2's std has not)

# 2-core FMA peak in GFLOP/s, measured for PERF.md (Zen 4, 3.67 GHz). The machine is now an
# Intel Xeon (family 6 model 207); a quick FMA probe there gave 100-108 GFLOP/s f32 per core
# on a busy host, close enough to keep these numbers.
PEAK_GFLOPS = {"f64": 117.5, "f32": 235.0}

# Pinned OpenMP threads: unpinned ones were seen sharing one vCPU (PERF.md);
# Numba's default threading layer showed the same, so it is told to use OpenMP.
CHILD_ENV = {
    "OMP_NUM_THREADS": "2",
    "OMP_PROC_BIND": "true",
    "NUMBA_THREADING_LAYER": "omp",
}


def child_env():
    env = dict(os.environ)
    env.update(CHILD_ENV)
    return env


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def tool_version(cmd):
    """First line of a tool's version output, or '-' if it is missing."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "-"
    lines = [l for l in (p.stdout + p.stderr).splitlines() if l.strip() and "crashpad" not in l.lower()]
    return lines[0].strip() if lines else "-"


def describe(mojoc):
    """(name, value) rows for the report's machine table."""
    py = "import platform; print(platform.python_version())"
    versions = "import numpy, numba; print(numpy.__version__, '/', numba.__version__)"

    def version_or(path, missing):
        return tool_version([path, "--version"]) if path and os.path.exists(path) else missing

    rows = [
        ("CPU", f"{os.cpu_count()} x {cpu_model()}"),
        ("g++", tool_version(["g++", "--version"])),
        ("CPython", f"{CPYTHON} {tool_version([CPYTHON, '-c', py])}"),
        ("PyPy", version_or(PYPY, "not installed")),
        ("NumPy / Numba", tool_version([CPYTHON, "-c", versions])),
        ("mojoc", version_or(mojoc, f"not built ({mojoc})")),
        ("real Mojo", version_or(REAL_MOJO, "not installed")),
        ("legacy Mojo", version_or(LEGACY_MOJO, "not installed")),
        ("child env", " ".join(f"{k}={v}" for k, v in CHILD_ENV.items())),
        ("peak (2 cores, FMA)",
         f"f64 {PEAK_GFLOPS['f64']} GFLOP/s, f32 {PEAK_GFLOPS['f32']} GFLOP/s (PERF.md)"),
    ]
    return rows
