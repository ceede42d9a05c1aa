#!/usr/bin/python3
"""Runs one tests/errors/*.mojo test through `mojoc check` and checks it.

Each `# ERROR: LINE:COL CODE msg-substring` line must be matched by a
diagnostic line `<path>:LINE:COL: error[CODE]: ...msg-substring...` on stderr,
and mojoc must exit with code 1 (a user error, not a crash or ICE).
"""
import argparse
import os
import re
import subprocess
import sys

from verdict import verdict

ERROR = re.compile(r"^\s*#\s*ERROR:\s*(\d+):(\d+)\s+(E\d{4})\s*(.*?)\s*$")
DIAG = re.compile(r"^(.*):(\d+):(\d+): error\[(E\d{4})\]: (.*)$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mojoc", required=True)
    ap.add_argument("--timeout", type=float, default=50)
    ap.add_argument("program")
    a = ap.parse_args()
    with open(a.program, encoding="utf-8") as f:
        wanted = [m.groups() for m in map(ERROR.match, f.read().splitlines()) if m]
    if not wanted:
        print("FAIL: no '# ERROR: LINE:COL CODE text' line in " + a.program)
        return 1
    era = None
    with open(a.program, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*#\s*ERA:\s*(\S+)", line)
            if m:
                era = m.group(1)
    cmd = [a.mojoc, "check", "--no-color"] + (["--mojo-era=" + era] if era else []) + [a.program]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=a.timeout,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        print("FAIL: timed out: " + " ".join(cmd))
        return 1
    err = p.stderr.decode("utf-8", "replace")
    diags = []
    for line in err.splitlines():
        m = DIAG.match(line)
        if m:
            diags.append((m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
    problems = []
    if p.returncode != 1:
        problems.append("exit code %d, expected 1" % p.returncode)
    for line, col, code, text in wanted:
        ok = any(os.path.basename(d[0]) == os.path.basename(a.program) and d[1] == line and d[2] == col
                 and d[3] == code and text in d[4] for d in diags)
        if not ok:
            problems.append("missing diagnostic %s:%s: error[%s]: ...%s..." % (line, col, code, text))
    return verdict(cmd, problems, [("stderr", err)])


if __name__ == "__main__":
    sys.exit(main())
