"""Turns measured rows into the Markdown tables run.py prints and saves."""
import statistics

from . import machine
from .variant import CPP, MOJO_REF, MOJOC


class Row:
    """One variant at one problem size, with everything the table needs."""

    def __init__(self, variant, size):
        self.variant, self.size = variant, size
        self.run_size = variant.run_size(size)
        self.samples = []  # kernel ms, already scaled to the full size
        self.scale = 1.0
        self.status = None  # set when the row has no numbers: "mojoc: build failed", ...
        self.checksum = None
        self.check = ""  # "ok", "MISMATCH ...", ...
        self.mismatch = False
        self.errors = []

    @property
    def median(self):
        return statistics.median(self.samples) if self.samples else None


def fmt_ms(ms):
    if ms is None:
        return "-"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 100:
        return f"{ms:.0f} ms"
    if ms >= 10:
        return f"{ms:.1f} ms"
    return f"{ms:.2f} ms"


def fmt_x(x):
    if x is None:
        return "-"
    return f"{x:.0f}x" if x >= 100 else f"{x:.1f}x" if x >= 10 else f"{x:.2f}x"


def _rate(suite, row):
    """Work per millisecond (the suite's unit), or None."""
    ref = suite.ref_checksums.get(row.size)
    if row.median is None or ref is None:
        return None
    return suite.work(row.size, ref) / row.median


def _cpython_rate(suite, rows):
    """CPython's rate at the smallest size it ran (matmul runs it at n = 128 only)."""
    py = [r for r in rows if r.variant.key == "cpython" and r.median]
    if not py:
        return None
    return _rate(suite, min(py, key=lambda r: r.size))


def section(suite, rows):
    """Markdown lines for one benchmark: the title, the table and its notes."""
    out = [f"### {suite.title}", "", suite.description, ""]
    sized = len(set(r.size for r in rows)) > 1
    head = ["variant"] + ([suite.size_name] if sized else []) + ["thr", "median", "min - max", "vs CPython"]
    head += list(suite.rate_headers) + (["% of peak"] if suite.peak else []) + ["time / best C++", "checksum"]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    base = _cpython_rate(suite, rows)
    for size in sorted(set(r.size for r in rows)):
        at = [r for r in rows if r.size == size]
        cpp_best = min((r.median for r in at if r.variant.kind == CPP and r.median and not r.mismatch),
                       default=None)
        for r in at:
            v = r.variant
            label = v.label
            if r.run_size != size:
                label += f" ({suite.size_text(r.run_size)}, time scaled x{r.scale:.3g})"
            cells = [label] + ([str(size)] if sized else []) + [str(v.threads)]
            if r.median is None:
                blank = len(head) - len(cells) - 1
                cells += [r.status or "no result"] + [""] * (blank - 1) + [r.check or ""]
                out.append("| " + " | ".join(cells) + " |")
                continue
            rate = _rate(suite, r)
            cells += [fmt_ms(r.median), f"{fmt_ms(min(r.samples))} - {fmt_ms(max(r.samples))}",
                      fmt_x(rate / base) if rate and base else "-"]
            ref = suite.ref_checksums.get(size)
            rates = suite.rates(size, r.median, ref) if ref is not None else {}
            cells += [rates.get(h, "-") for h in suite.rate_headers]
            if suite.peak:
                gflops = suite.gflops(size, r.median, ref) if ref is not None else None
                cells.append(f"{100 * gflops / machine.PEAK_GFLOPS[suite.peak]:.1f}%" if gflops else "-")
            ratio = "-"
            if v.kind in (MOJOC, MOJO_REF) and cpp_best:
                ratio = f"{r.median / cpp_best:.2f}"
            cells += [ratio, r.check]
            out.append("| " + " | ".join(cells) + " |")
    out.append("")
    return out


def legend():
    return [
        "Columns: *median* and *min - max* of the kernel time each program measures itself "
        "(`kernel_ms:`; process start, JIT compilation and input set-up excluded) over the timed "
        "rounds. *vs CPython*: work per second relative to CPython's pure-Python loop (matmul: "
        "GFLOP/s against CPython at the smallest n). *% of peak*: against the 2-core FMA peak from "
        "PERF.md. *time / best C++*: a mojoc or real-Mojo row's median divided by the fastest "
        "C++ row of the same size (below 1 = faster than our C++). *checksum*: `ok` = the same "
        "output as the strict-FP C++ reference at that size.",
        "",
    ]
