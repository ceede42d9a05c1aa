#!/usr/bin/python3
"""The CMake drop-in story, end to end:
  1. cmake --install <mojoc build> --prefix <tmp>/prefix
  2. configure + build tests/cmake-consumer against that prefix
     (find_package(mojoc) + mojoc_add_library(mathlib mathlib.mojo))
  3. run the consumer and compare its stdout with expected_output.txt
"""
import argparse
import os
import shutil
import subprocess
import sys


def run(cmd, env=None):
    print("+ " + " ".join(cmd), flush=True)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    out = r.stdout.decode("utf-8", "replace")
    if r.returncode != 0:
        print(out)
        print("FAIL: exit code %d" % r.returncode)
        sys.exit(1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--consumer", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--cmake", default="cmake")
    ap.add_argument("--cache", required=True)
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    prefix = os.path.join(a.work, "prefix")
    build = os.path.join(a.work, "build")
    env = dict(os.environ, XDG_CACHE_HOME=a.cache)
    run([a.cmake, "--install", a.build_dir, "--prefix", prefix], env)
    gen = ["-G", "Ninja"] if shutil.which("ninja") else []
    run([a.cmake, "-S", a.consumer, "-B", build] + gen +
        ["-DCMAKE_PREFIX_PATH=" + prefix, "-DCMAKE_BUILD_TYPE=Release"], env)
    run([a.cmake, "--build", build], env)
    exe = os.path.join(build, "consumer")
    out = subprocess.run([exe], stdout=subprocess.PIPE).stdout.decode()
    with open(os.path.join(a.consumer, "expected_output.txt")) as f:
        expected = f.read()
    if out != expected:
        print("FAIL: consumer output differs\n--- expected ---\n%s--- actual ---\n%s" % (expected, out))
        return 1
    print(out + "PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
