"""Runs one benchmark process and reads what it printed."""
import os
import subprocess
import time


class Run:
    """One process: its exit code, checksum text, kernel time (ms) and wall time (ms)."""

    def __init__(self, rc, checksum, kernel_ms, wall_ms, extra, error):
        self.rc, self.checksum, self.kernel_ms = rc, checksum, kernel_ms
        self.wall_ms, self.extra, self.error = wall_ms, extra, error

    @property
    def ok(self):
        return self.rc == 0 and self.checksum is not None and self.kernel_ms is not None


def parse(stdout):
    """(checksum text, kernel ms, {other key: value}) from `key: value` lines."""
    checksum, kernel, extra = None, None, {}
    for line in stdout.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        if key == "checksum":
            checksum = " ".join(value.split())
        elif key == "kernel_ms":
            try:
                kernel = float(value)
            except ValueError:
                pass
        else:
            extra[key] = value
    return checksum, kernel, extra


def run_once(cmd, env, cwd, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Run(124, None, None, (time.perf_counter() - t0) * 1000, {}, f"timed out after {timeout} s")
    except OSError as e:
        return Run(127, None, None, 0.0, {}, str(e))
    wall = (time.perf_counter() - t0) * 1000
    checksum, kernel, extra = parse(p.stdout)
    error = None
    if p.returncode != 0:
        tail = [l for l in p.stderr.splitlines() if l.strip() and "crashpad" not in l.lower()][-3:]
        error = f"exit {p.returncode}: " + " | ".join(tail)
    elif checksum is None or kernel is None:
        error = "no `checksum:`/`kernel_ms:` line in its output"
    return Run(p.returncode, checksum, kernel, wall, extra, error)


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")
