#!/usr/bin/python3
"""Runs program tests under AddressSanitizer + UndefinedBehaviorSanitizer.

Every <dir>/X.mojo (not a `# MODULE` helper) goes through
`mojoc run --sanitize=address,undefined`, with the same expectations as
run_program.py (X.expected or `# CHECK:` lines, `# EXIT:`, `# STDERR:`,
`# ARGS:`, `# ERA:`), and additionally fails when ASan, LSan or UBSan
reports anything.  Unlike run_program.py it does not pass --Werror: the
instrumentation makes g++ emit spurious warnings, and warnings are the
plain program tests' job.  Prints one compact summary; exit code 0 when
every program passes, 1 otherwise, 77 (skip) when the toolchain has no
sanitizer runtimes.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time

from run_program import check_outcome, load_test, run_command

DEFAULT_DIRS = ["lifecycle", "legacy_structs", "structs", "conventions"]
SKIP_CODE = 77

SANITIZER_REPORT = re.compile(
    r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|"
    r"SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer)")
NO_RUNTIME = re.compile(r"cannot find -l(asan|ubsan)|lib(asan|ubsan)[^\n]*No such file")
MOJOC_ERROR = re.compile(r"error\[E\d+\]")


def collect(root, dirs):
    progs = []
    for d in dirs:
        base = os.path.join(root, d)
        for name in sorted(os.listdir(base)):
            if not name.endswith(".mojo"):
                continue
            path = os.path.join(base, name)
            with open(path, encoding="utf-8") as f:
                if f.readline().startswith("# MODULE"):
                    continue  # a helper module imported by other tests
            progs.append(path)
    return progs


def head(text, pattern=None, lines=6):
    """The first `lines` lines of text, starting at the first line matching pattern."""
    ls = text.splitlines()
    start = 0
    if pattern is not None:
        for i, line in enumerate(ls):
            if pattern.search(line):
                start = i
                break
    return [line for line in ls[start:start + lines] if line.strip()]


def run_one(a, program, env):
    d, expected, want_exit = load_test(program)
    flags = ["--sanitize=" + a.sanitize]
    if a.no_cache:
        flags.append("--no-cache")
    cmd = run_command(a.mojoc, program, d, flags)
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           timeout=a.timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return program, "timeout", ["timed out after %.0f s" % a.timeout], time.monotonic() - t0
    secs = time.monotonic() - t0
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    if SANITIZER_REPORT.search(err):
        return program, "sanitizer report", head(err, SANITIZER_REPORT, a.report_lines), secs
    problems = check_outcome(d, expected, want_exit, p.returncode, out, err)
    if not problems:
        return program, None, [], secs
    if p.returncode == 70 or "internal compiler error" in err:
        kind = "no sanitizer runtime" if NO_RUNTIME.search(err) else "ICE / C++ compile failed"
        pat = re.compile(r"error:") if "error:" in err else None
        return program, kind, head(err, pat, a.report_lines), secs
    if p.returncode == 1 and not out and MOJOC_ERROR.search(err):
        return program, "rejected by mojoc", head(err, MOJOC_ERROR, 1), secs
    detail = []
    for pr in problems:
        detail += pr.splitlines()
    return program, "wrong output", detail[:a.report_lines + 4], secs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mojoc", required=True)
    ap.add_argument("--cache", required=True, help="XDG_CACHE_HOME for mojoc (test-private)")
    ap.add_argument("--programs", required=True, help="the tests/programs directory")
    ap.add_argument("--dirs", nargs="*", default=DEFAULT_DIRS, help="subdirectories to run")
    ap.add_argument("--sanitize", default="address,undefined")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=180, help="per program, seconds")
    ap.add_argument("--no-cache", action="store_true", help="pass --no-cache (no PCH, no reuse)")
    ap.add_argument("--report-lines", type=int, default=6)
    ap.add_argument("programs_only", nargs="*", help="run only these .mojo files")
    a = ap.parse_args()

    progs = a.programs_only or collect(a.programs, a.dirs)
    env = dict(os.environ, XDG_CACHE_HOME=a.cache,
               ASAN_OPTIONS="detect_leaks=1",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    env.pop("NO_COLOR", None)

    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        results = list(pool.map(lambda p: run_one(a, p, env), progs))
    elapsed = time.monotonic() - t0

    failures = [r for r in results if r[1] is not None]
    if failures and all(kind == "no sanitizer runtime" for _, kind, _, _ in failures) \
            and len(failures) == len(results):
        print("SKIP: the C++ toolchain has no sanitizer runtime (libasan/libubsan)")
        for line in failures[0][2]:
            print("    " + line)
        return SKIP_CODE

    rel = lambda p: os.path.relpath(p, a.programs) if not a.programs_only else p
    print("sanitize=%s: %d passed, %d failed of %d programs in %.0f s (%d workers)"
          % (a.sanitize, len(results) - len(failures), len(failures), len(results), elapsed, a.jobs))
    by_kind = {}
    for _, kind, _, _ in failures:
        by_kind[kind] = by_kind.get(kind, 0) + 1
    if by_kind:
        print("  " + ", ".join("%s: %d" % kv for kv in sorted(by_kind.items())))
    for program, kind, detail, _ in failures:
        print("FAIL %s [%s]" % (rel(program), kind))
        for line in detail:
            print("    " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
