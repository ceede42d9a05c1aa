#!/usr/bin/python3
"""Generated C++ must be warning-free: emit every program test with
`mojoc --emit=cpp` and compile it with
`clang++ -std=c++20 -fsyntax-only -Wall -Wextra -Werror`.

Programs that mojoc itself rejects are listed but not counted here (their own
program/ test reports that).  Exits 77 (ctest SKIP) when clang++ is absent.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys

SKIP = 77


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mojoc", required=True)
    ap.add_argument("--programs", required=True)
    ap.add_argument("--runtime", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    clang = shutil.which("clang++")
    if not clang:
        print("SKIP: clang++ not found")
        return SKIP
    os.makedirs(a.work, exist_ok=True)
    flags = ["-std=c++20", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror", "-I", a.runtime]

    # One PCH of the runtime for all programs (same flags as its users).
    pch_flags = []
    core = os.path.join(a.runtime, "mojo", "core.hpp")
    if os.path.exists(core):
        pch = os.path.join(a.work, "core.pch")
        wrapper = os.path.join(a.work, "core_pch.hpp")
        with open(wrapper, "w") as f:
            f.write('#include "mojo/core.hpp"\n')
        r = subprocess.run([clang] + flags + ["-x", "c++-header", wrapper, "-o", pch],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode == 0:
            pch_flags = ["-include-pch", pch]
        else:
            print("note: runtime PCH failed, compiling without it:\n" + r.stdout.decode())

    programs = []
    for root, _, files in os.walk(a.programs):
        for name in sorted(files):
            if not name.endswith(".mojo"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if text.startswith("# MODULE"):
                continue
            era = re.search(r"^\s*#\s*ERA:\s*(\S+)", text, re.M)
            programs.append((path, era.group(1) if era else None))
    programs.sort()

    def check(item):
        path, era = item
        rel = os.path.relpath(path, a.programs)[:-len(".mojo")]
        out = os.path.join(a.work, rel.replace(os.sep, "__"))
        os.makedirs(out, exist_ok=True)
        cmd = [a.mojoc, "--no-color", path, "--emit=cpp", "-o", out]
        if era:
            cmd.insert(2, "--mojo-era=" + era)
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            return ("rejected", rel, r.stdout.decode("utf-8", "replace"))
        stem = os.path.splitext(os.path.basename(path))[0]
        cpp = os.path.join(out, stem + ".cpp")
        r = subprocess.run([clang] + flags + pch_flags + ["-fsyntax-only", "-I", out, cpp],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            return ("warn", rel, r.stdout.decode("utf-8", "replace"))
        return ("ok", rel, "")

    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(check, programs))
    bad = [r for r in results if r[0] == "warn"]
    rejected = [r for r in results if r[0] == "rejected"]
    ok = [r for r in results if r[0] == "ok"]
    for _, rel, text in bad:
        print("FAIL %s:\n%s" % (rel, text))
    for _, rel, _ in rejected:
        print("not checked (mojoc rejected it; see program/%s): %s" % (rel, rel))
    print("clang_warnings: %d clean, %d with clang diagnostics, %d not emitted"
          % (len(ok), len(bad), len(rejected)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
