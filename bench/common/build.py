"""Compiles the variants (C++, mojoc, real Mojo), skipping up-to-date outputs."""
import os
import subprocess
import time

from . import machine
from .legacy import write_twin


def _command(b, mojoc):
    if b.tool == "g++":
        return ["g++", *b.flags, b.src, "-o", b.out]
    if b.tool == "mojoc":
        return [mojoc, "build", *b.flags, b.src, "-o", b.out]
    if b.tool == "mojo":
        return [machine.REAL_MOJO, "build", *b.flags, b.src, "-o", b.out]
    if b.tool == "mojo25":
        return [machine.LEGACY_MOJO, "build", *b.flags, _twin(b), "-o", b.out]
    raise ValueError(b.tool)


def _twin(b):
    """Where the Mojo 0.25.6 twin of a 1.2 source is written (next to the binary)."""
    return b.out + ".legacy.mojo"


def _tool_missing(b, mojoc):
    exe = {"mojoc": mojoc, "mojo": machine.REAL_MOJO, "mojo25": machine.LEGACY_MOJO}.get(b.tool)
    return exe if exe and not os.path.exists(exe) else None


def _up_to_date(b, cmd, stamp):
    """The output exists, is newer than its inputs, and was built by the same command."""
    if not (os.path.exists(b.out) and os.path.exists(stamp)):
        return False
    with open(stamp) as f:
        if f.read() != " ".join(cmd):
            return False
    built = os.path.getmtime(b.out)
    inputs = [b.src, *b.deps]
    if b.tool == "mojoc":
        inputs.append(cmd[0])  # a new mojoc may generate different code
    if b.tool == "mojo25":
        inputs.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "legacy.py"))
    return all(os.path.getmtime(p) <= built for p in inputs if os.path.exists(p))


def _error_lines(text, root):
    lines = [l.replace(root + "/", "") for l in text.splitlines()
             if l.strip() and "crashpad" not in l.lower()]
    errors = [l for l in lines if "error" in l.lower()]
    return (errors or lines)[:4]


def build(variant, mojoc, root, log):
    """Builds variant.build if needed. Returns None on success, else a one-line reason."""
    b = variant.build
    if b is None:
        return None
    missing = _tool_missing(b, mojoc)
    if missing:
        return f"not built: {missing} does not exist"
    if not os.path.exists(b.src):
        return f"not built: {os.path.relpath(b.src, root)} does not exist"
    cmd = _command(b, mojoc)
    stamp = b.out + ".cmd"
    if _up_to_date(b, cmd, stamp):
        return None
    os.makedirs(os.path.dirname(b.out), exist_ok=True)
    if b.tool == "mojo25":
        write_twin(b.src, _twin(b))
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    shown = " ".join(os.path.relpath(c, root) if c.startswith(root) else c for c in cmd)
    if p.returncode != 0 or not os.path.exists(b.out):
        log(f"{variant.label}: build failed (exit {p.returncode}, {dt:.1f} s): `{shown}`")
        for line in _error_lines(p.stderr + p.stdout, root):
            log(f"    {line}")
        if os.path.exists(stamp):
            os.remove(stamp)
        return "build failed"
    with open(stamp, "w") as f:
        f.write(" ".join(cmd))
    log(f"{variant.label}: built in {dt:.1f} s")
    return None
