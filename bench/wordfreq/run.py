#!/usr/bin/python3
"""Word-frequency benchmark: Mojo (via mojoc), CPython, PyPy and hand-written C++, side by side.

    /usr/bin/python3 bench/wordfreq/run.py [--repeat 5] [--warmup 1] [--real-mojo]

Generates the ~10 MB input once (gen_text.py, deterministic), builds wordfreq.cpp with
g++ -O2 -march=native and wordfreq.mojo with build/transpiler/mojoc -O3, runs every implementation
--repeat times, round-robin (after --warmup untimed rounds), checks that all outputs agree (the
`time_ms:` line excluded) and prints a Markdown table: medians and min-max of the in-program
kernel time (`time_ms:`, read + split + count + top 10) and of the whole-process wall time, the
process CPU time and max RSS, the speedup over CPython and the time relative to the C++.
Artifacts go to build/bench/wordfreq/ (never committed). Exit code 1 if any output disagrees.
A missing pypy3 or a failing mojoc build is reported and skipped, not fatal.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CPYTHON = "/usr/bin/python3"  # Debian's CPython, not whatever python3 is first on PATH
REAL_MOJO = "/tmp/mojovenv/bin/mojo"


def rel(p):
    return os.path.relpath(p, ROOT)


def fmt_ms(ms):
    if ms is None:
        return "-"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 100:
        return f"{ms:.0f} ms"
    return f"{ms:.1f} ms"


def med_range(xs):
    if not xs:
        return "-"
    return f"{fmt_ms(statistics.median(xs))} ({fmt_ms(min(xs))} - {fmt_ms(max(xs))})"


def quiet_stderr(text):
    """Drops the real Mojo's Crashpad noise."""
    return "\n".join(l for l in text.splitlines() if "crashpad" not in l.lower())


def build(label, cmd, notes):
    """Runs a build command; returns True on success and records the outcome in notes."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    dt = (time.perf_counter() - t0) * 1000
    shown = " ".join(rel(c) if c.startswith(ROOT) else c for c in cmd)
    if p.returncode != 0:
        err = quiet_stderr(p.stderr + p.stdout).strip().splitlines()
        errors = [l.replace(ROOT + "/", "") for l in err if "error" in l] or err
        notes.append(f"{label}: build failed (exit {p.returncode}): `{shown}`")
        for line in errors[:6]:
            notes.append(f"    {line}")
        if len(errors) > 6:
            notes.append(f"    ... and {len(errors) - 6} more")
        return False
    notes.append(f"{label}: built in {fmt_ms(dt)}: `{shown}`")
    return True


def run_once(cmd):
    """Runs cmd; returns (exit code, stdout, stderr, wall ms, CPU ms, max RSS in KiB)."""
    out_path = os.path.join(WORK, "stdout.tmp")
    err_path = os.path.join(WORK, "stderr.tmp")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - t0) * 1000
    p.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    return p.returncode, stdout, stderr, wall, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss


def split_output(stdout):
    """Returns (output without the time_ms line, kernel ms or None)."""
    kept, kernel = [], None
    for line in stdout.splitlines():
        if line.startswith("time_ms:"):
            try:
                kernel = float(line.split(":", 1)[1])
            except ValueError:
                pass
        else:
            kept.append(line.rstrip())
    return "\n".join(kept), kernel


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
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        text = quiet_stderr(p.stdout + p.stderr).strip()
        return " ".join(text.splitlines()[:2]) if text else "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def main():
    global WORK
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per implementation (default 5)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    ap.add_argument("--text", help="use this input file instead of generating one")
    ap.add_argument("--mb", type=float, default=10.0, help="size of the generated text (default 10)")
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "bench", "wordfreq"),
                    help="artifact directory (default build/bench/wordfreq)")
    ap.add_argument("--mojoc", default=os.path.join(ROOT, "build", "transpiler", "mojoc"))
    ap.add_argument("--cxx", default="g++", help="C++ compiler for the hand-written baseline")
    ap.add_argument("--real-mojo", nargs="?", const=REAL_MOJO, default=None, metavar="MOJO",
                    help=f"also build with the real Mojo (`mojo build`, default {REAL_MOJO}) as a reference row")
    ap.add_argument("--skip", default="", help="comma list of rows to skip: cpython,pypy,cpp,mojoc")
    a = ap.parse_args()
    skip = {s.strip() for s in a.skip.split(",") if s.strip()}
    WORK = a.work
    os.makedirs(WORK, exist_ok=True)
    notes = []
    load_before = os.getloadavg()

    # 1. the input
    if a.text:
        text = os.path.abspath(a.text)
    else:
        text = os.path.join(WORK, "words.txt")
        t0 = time.perf_counter()
        subprocess.run([CPYTHON, os.path.join(HERE, "gen_text.py"), text, "--mb", str(a.mb)],
                       check=True)
        notes.append(f"input: generated in {fmt_ms((time.perf_counter() - t0) * 1000)}")
    size = os.path.getsize(text)

    # 2. the implementations: (key, label, command)
    impls = []
    src_py = os.path.join(HERE, "wordfreq.py")
    if "cpython" not in skip:
        impls.append(("cpython", f"CPython {platform.python_version() if sys.executable == CPYTHON else tool_version([CPYTHON, '-c', 'import platform; print(platform.python_version())'])}",
                      [CPYTHON, src_py, text]))
    if "pypy" not in skip:
        pypy = shutil.which("pypy3")
        if pypy:
            v = tool_version([pypy, "-c", "import sys; print('%d.%d.%d' % sys.pypy_version_info[:3])"])
            impls.append(("pypy", f"PyPy {v}", [pypy, src_py, text]))
        else:
            notes.append("PyPy: skipped, pypy3 not found (`apt-get install -y --no-install-recommends pypy3`, "
                         "or scripts/install-deps.sh)")
    if "cpp" not in skip:
        exe = os.path.join(WORK, "wordfreq_cpp")
        if build("C++", [a.cxx, "-std=c++20", "-O2", "-march=native",
                         os.path.join(HERE, "wordfreq.cpp"), "-o", exe], notes):
            impls.append(("cpp", f"C++ std::string + unordered_map, {a.cxx} -O2 -march=native", [exe, text]))
    if "mojoc" not in skip:
        if os.path.exists(a.mojoc):
            exe = os.path.join(WORK, "wordfreq_mojoc")
            # mojoc already compiles with -march=native (and has no -march option)
            if build("mojoc", [a.mojoc, "build", os.path.join(HERE, "wordfreq.mojo"), "-o", exe, "-O3"], notes):
                impls.append(("mojoc", "Mojo via mojoc -O3 (g++)", [exe, text]))
        else:
            notes.append(f"mojoc: skipped, {rel(a.mojoc)} is not built (bash scripts/build.sh)")
    if a.real_mojo:
        if os.path.exists(a.real_mojo):
            exe = os.path.join(WORK, "wordfreq_mojo")
            if build("real Mojo", [a.real_mojo, "build", os.path.join(HERE, "wordfreq.mojo"), "-o", exe], notes):
                impls.append(("mojo", f"Mojo {tool_version([a.real_mojo, '--version']).replace('Mojo ', '')} "
                                      "`mojo build` (reference)", [exe, text]))
        else:
            notes.append(f"real Mojo: skipped, {a.real_mojo} not found")
    if not impls:
        sys.exit("run.py: nothing to run")

    # 3. round-robin runs
    res = {k: {"kernel": [], "wall": [], "cpu": [], "rss": [], "bad": []} for k, _, _ in impls}
    reference = None  # (key, normalized output)
    rounds = a.warmup + a.repeat
    for r in range(rounds):
        timed = r >= a.warmup
        for key, label, cmd in impls:
            rc, out, err, wall, cpu, rss = run_once(cmd)
            norm, kernel = split_output(out)
            rr = res[key]
            if rc != 0:
                rr["bad"].append(f"exit {rc}: {quiet_stderr(err).strip()[:400]}")
                continue
            if reference is None:
                reference = (key, norm)
            elif norm != reference[1]:
                rr["bad"].append("output differs from " + reference[0] + ":\n" + norm)
            if kernel is None:
                rr["bad"].append("no time_ms line")
            if timed:
                if kernel is not None:
                    rr["kernel"].append(kernel)
                rr["wall"].append(wall)
                rr["cpu"].append(cpu)
                rr["rss"].append(rss)
        print(f"round {r + 1}/{rounds}{'' if timed else ' (warm-up)'} done", file=sys.stderr)
    load_after = os.getloadavg()

    # 4. the table
    def median(key, what):
        xs = res.get(key, {}).get(what) or []
        return statistics.median(xs) if xs else None

    base = [median("cpython", w) for w in ("kernel", "wall", "cpu")]
    cpp = [median("cpp", w) for w in ("kernel", "wall", "cpu")]

    def ratios(nums, dens):
        return " / ".join(f"{n / d:.2f}x" if n and d else "-" for n, d in zip(nums, dens))

    print()
    print(f"### Word frequency, {size / 1e6:.1f} MB text ({rel(text) if text.startswith(ROOT) else text}), "
          f"median of {a.repeat} runs (round-robin, {a.warmup} warm-up round)")
    print()
    print(f"Machine: {os.cpu_count()} CPUs, {cpu_model()}; load average {load_before[0]:.2f} before, "
          f"{load_after[0]:.2f} after (1 min).")
    if max(load_before[0], load_after[0]) > 0.75 * (os.cpu_count() or 1):
        print("**The machine was busy (load average near or above the CPU count): the numbers are "
              "indicative only.**")
    print()
    print("| implementation | kernel (time_ms) median (min - max) | process wall median (min - max) "
          "| process CPU median | max RSS | speedup vs CPython (kernel / wall / CPU) "
          "| time / C++ (kernel / wall / CPU) | output |")
    print("|---|---|---|---|---|---|---|---|")
    failed = False
    for key, label, _ in impls:
        rr = res[key]
        mine = [median(key, w) for w in ("kernel", "wall", "cpu")]
        rss = f"{max(rr['rss']) / 1024:.0f} MB" if rr["rss"] else "-"
        ok = "ok" if not rr["bad"] else f"**FAILED** ({len(rr['bad'])} runs)"
        failed |= bool(rr["bad"])
        print(f"| {label} | {med_range(rr['kernel'])} | {med_range(rr['wall'])} | {fmt_ms(median(key, 'cpu'))} "
              f"| {rss} | {ratios(base, mine)} | {ratios(mine, cpp)} | {ok} |")
    print()
    print("kernel = the program's own `time_ms:` (read + split + count + top 10); wall and CPU (user + sys) "
          "are for the whole process, start-up included. On a busy machine the CPU ratios are the "
          "steadiest; quote ratios, not absolute times.")
    print()
    if reference:
        lines = reference[1].splitlines()
        print("Output: " + "; ".join(lines[:2]) + "; top: " + ", ".join(lines[2:]))
        print()
    for n in notes:
        print(n)
    for key, label, _ in impls:
        for b in res[key]["bad"][:1]:
            print(f"\n{label}: {b}")
    return 1 if failed else 0


WORK = None

if __name__ == "__main__":
    sys.exit(main())
