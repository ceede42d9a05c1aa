#!/usr/bin/python3
"""Compiles tests/nvcc/nvcc_core.cu with nvcc (compile only, no GPU needed):
the runtime headers must stay valid CUDA C++20.  Exits 77 (ctest SKIP) when
nvcc is not installed."""
import argparse
import os
import shutil
import subprocess
import sys

SKIP = 77


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runtime", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    nvcc = shutil.which("nvcc") or ("/usr/local/cuda/bin/nvcc" if os.access("/usr/local/cuda/bin/nvcc", os.X_OK) else None)
    if not nvcc:
        print("SKIP: nvcc not found (looked in PATH and /usr/local/cuda/bin)")
        return SKIP
    if not os.path.exists(a.source):
        print("SKIP: no " + a.source)
        return SKIP
    os.makedirs(a.work, exist_ok=True)
    cmd = [nvcc, "-std=c++20", "-arch=sm_80", "-I", a.runtime, "-c", a.source,
           "-o", os.path.join(a.work, "nvcc_core.o")]
    print(" ".join(cmd))
    r = subprocess.run(cmd)
    return 0 if r.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
