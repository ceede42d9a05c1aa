#!/usr/bin/python3
"""The SIMD/parallel benchmark suite: Mojo via mojoc next to CPython, PyPy, NumPy,
Numba, Eigen, hand-written C++ and the real Mojo compiler, one table per benchmark.

    /usr/bin/python3 bench/run.py [--quick] [--only mandelbrot,matmul,nbody,reduce]
                                  [--repeats N] [--warmup N] [--no-mojo-ref]

Builds every program (C++ with g++ -O3 -march=native, the .mojo files with
`mojoc build -O3`, and with the real Mojo when it is installed), then per
benchmark and size runs every variant round-robin (--warmup untimed rounds, then
--repeats timed ones), checks each checksum against the strict-FP C++ reference
of the same size, and prints one Markdown table per benchmark; the same text is
written to bench/results-latest.md. A failed build or run becomes a row that
says so. Exit code 1 if any checksum disagrees. Artifacts: build/bench/<name>/.
"""
import argparse
import datetime
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import contention, machine, measure, report  # noqa: E402
from common.build import build  # noqa: E402
from common.variant import MOJO_REF, MOJOC  # noqa: E402

BENCHMARKS = ("mandelbrot", "matmul", "nbody", "reduce")
RUN_TIMEOUT_S = 300


def load_suite(name, out_dir, quick):
    spec = importlib.util.spec_from_file_location(f"suite_{name}", os.path.join(HERE, name, "suite.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SUITE(os.path.join(HERE, name), out_dir, quick)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run_variant(suite, variant, size, env):
    return measure.run_once(variant.cmd + suite.size_args(size), env, ROOT, RUN_TIMEOUT_S)


def reference_checksums(suite, variants, sizes, env, notes):
    """The reference variant's checksum at every size some row runs at."""
    ref = next((v for v in variants if v.key == suite.reference and v.available), None)
    out = {}
    for size in sorted(sizes):
        if ref is not None:
            r = run_variant(suite, ref, size, env)
            if r.ok:
                out[size] = r.checksum
                continue
            notes.append(f"reference {ref.label} failed at {suite.size_text(size)}: {r.error}")
    return out


def run_suite(suite, args, env, mojoc):
    notes = []
    busy = []  # per size: share of the CPUs other processes took while it ran
    variants = suite.variants()
    if args.no_mojo_ref:
        variants = [v for v in variants if v.kind != MOJO_REF]
    failed = {}
    for v in variants:
        if not v.available:
            notes.append(v.note)
            continue
        why = build(v, mojoc, ROOT, notes.append)
        if why:
            failed[v.key] = ("mojoc: " if v.kind == MOJOC else "") + why
    rows = []
    for size in suite.sizes():
        at = [v for v in variants if v.available and v.runs_at(size)]
        run_sizes = {size} | {v.run_size(size) for v in at if v.key not in failed}
        refs = reference_checksums(suite, variants, run_sizes, env, notes)
        suite.ref_checksums[size] = refs.get(size)
        size_rows = {v.key: report.Row(v, size) for v in at}
        skipped = dict(failed)  # key -> why it does not run at this size
        for v in at:
            row = size_rows[v.key]
            if v.key in failed:
                row.status = failed[v.key]
            elif row.run_size != size:
                if refs.get(row.run_size) and refs.get(size):
                    row.scale = suite.work(size, refs[size]) / suite.work(row.run_size, refs[row.run_size])
                else:
                    row.status = skipped[v.key] = "not run: no reference checksum to scale its time"
        live = [v for v in at if v.key not in skipped]
        rounds = args.warmup + args.repeats
        meter = contention.Meter()
        for rnd in range(rounds):
            timed = rnd >= args.warmup
            for v in live:
                row = size_rows[v.key]
                if row.errors:
                    continue  # a variant that crashed once is not run again
                r = run_variant(suite, v, row.run_size, env)
                if not r.ok:
                    row.errors.append(r.error)
                    row.status = "run failed"
                    continue
                row.checksum = r.checksum
                if timed:
                    row.samples.append(r.kernel_ms * row.scale)
                if "blas" in r.extra and not any(n.startswith("NumPy BLAS") for n in notes):
                    notes.append(f"NumPy BLAS: {r.extra['blas']}")
            log(f"{suite.name} {suite.size_text(size)}: round {rnd + 1}/{rounds}"
                f"{'' if timed else ' (warm-up)'} done")
        others, steal = meter.others_share()
        busy.append(others + steal)
        notes.append(f"while {suite.size_text(size)} ran, other processes used {100 * others:.0f}% "
                     f"of the CPUs (hypervisor steal {100 * steal:.0f}%)")
        for row in size_rows.values():
            ref = refs.get(row.run_size)
            if row.checksum is not None and ref is not None:
                row.check, row.mismatch = suite.compare(row.checksum, ref)
            elif row.checksum is not None:
                row.check = f"{row.checksum} (no reference)"
            if row.errors:
                notes.append(f"{row.variant.label}: {row.errors[0]}")
            rows.append(row)
    if max(busy, default=0) > 0.15:
        notes.insert(0, "**Other processes took a large share of the CPUs during this benchmark: "
                        "the times (2-thread rows most) are noisy; compare rows of the same run.**")
    return rows, notes


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds and no n = 1024 matmul")
    ap.add_argument("--only", default=",".join(BENCHMARKS), help="comma list of " + ",".join(BENCHMARKS))
    ap.add_argument("--repeats", type=int, default=None, help="timed rounds (default 5, --quick 2)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    ap.add_argument("--no-mojo-ref", action="store_true", help="skip the real-Mojo reference rows")
    ap.add_argument("--mojoc", default=os.environ.get("MOJOC", os.path.join(ROOT, "build", "transpiler", "mojoc")),
                    help="the mojoc binary (default $MOJOC or build/transpiler/mojoc)")
    ap.add_argument("--out", default=os.path.join(HERE, "results-latest.md"),
                    help="where the Markdown copy of the tables goes (default bench/results-latest.md)")
    args = ap.parse_args()
    if args.repeats is None:
        args.repeats = 2 if args.quick else 5
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        ap.error(f"unknown benchmark(s): {', '.join(unknown)}")
    mojoc = os.path.abspath(args.mojoc)
    env = machine.child_env()
    started = datetime.datetime.now()
    load_before = measure.load_average()
    lines = [f"## Benchmark results, {started:%Y-%m-%d %H:%M}", "",
             f"`bench/run.py {' '.join(sys.argv[1:])}`: {args.warmup} warm-up round(s), "
             f"{args.repeats} timed round(s), variants interleaved round-robin.", ""]
    lines += ["| item | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in machine.describe(mojoc)]
    lines.append("")
    bad = False
    for name in names:
        suite = load_suite(name, os.path.join(ROOT, "build", "bench", name), args.quick)
        rows, notes = run_suite(suite, args, env, mojoc)
        bad |= any(r.mismatch for r in rows)
        lines += report.section(suite, rows)
        lines += [f"- {n}" for n in notes] + ([""] if notes else [])
        print("\n".join(report.section(suite, rows) + [f"- {n}" for n in notes]) + "\n", flush=True)
    load_after = measure.load_average()
    lines += report.legend()
    elapsed = (datetime.datetime.now() - started).total_seconds()
    lines.append(f"Load average (1 min): {load_before:.2f} before, {load_after:.2f} after, on "
                 f"{os.cpu_count()} CPUs; total time {elapsed:.0f} s.")
    if max(load_before, load_after) > 0.5 * (os.cpu_count() or 1):
        lines.append("**The machine was busy: other work shared the CPUs, so the times are noisy; "
                     "compare rows of the same run, not absolute numbers.**")
    lines.append("")
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    log(f"wrote {os.path.relpath(args.out, ROOT)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
