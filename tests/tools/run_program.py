#!/usr/bin/python3
"""Runs one tests/programs/**/*.mojo test through `mojoc run` and checks it.

Expected stdout comes from a sidecar <name>.expected file (exact) or from
inline `# CHECK: line` comments (exact lines, in order, nothing else).
Directives in the .mojo file:
  # EXIT: N        expected exit code (default 0)
  # STDERR: text   stderr must contain text (may repeat)
  # ARGS: a b      arguments for the program (whitespace-split)
  # ERA: e         passed as --mojo-era=e
Exit code: 0 pass, 1 fail.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

from verdict import verdict

DIRECTIVE = re.compile(r"^\s*#\s*(CHECK|EXIT|STDERR|ARGS|ERA):(.*)$")


def parse_directives(text):
    d = {"CHECK": [], "EXIT": None, "STDERR": [], "ARGS": [], "ERA": None}
    for line in text.splitlines():
        m = DIRECTIVE.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2)
        if key == "CHECK":
            # `# CHECK: text` -> "text"; `# CHECK:` -> empty line
            d["CHECK"].append(value[1:] if value.startswith(" ") else value)
        elif key == "EXIT":
            d["EXIT"] = int(value.strip())
        elif key == "STDERR":
            d["STDERR"].append(value.strip())
        elif key == "ARGS":
            d["ARGS"] += value.split()
        elif key == "ERA":
            d["ERA"] = value.strip()
    return d


def load_test(program):
    """Reads a program test: (directives, expected stdout or None, expected exit code)."""
    with open(program, encoding="utf-8") as f:
        text = f.read()
    d = parse_directives(text)
    sidecar = os.path.splitext(program)[0] + ".expected"
    if os.path.exists(sidecar):
        with open(sidecar, encoding="utf-8") as f:
            expected = f.read()
    elif d["CHECK"]:
        expected = "".join(line + "\n" for line in d["CHECK"])
    else:
        expected = None  # only the exit code / stderr are checked
    want_exit = d["EXIT"] if d["EXIT"] is not None else 0
    return d, expected, want_exit


def run_command(mojoc, program, d, extra_flags):
    """The `mojoc run` command line for a program test."""
    cmd = [mojoc, "run", "--no-color"] + list(extra_flags)
    if d["ERA"]:
        cmd.append("--mojo-era=" + d["ERA"])
    cmd.append(program)
    cmd += d["ARGS"]
    return cmd


def check_outcome(d, expected, want_exit, returncode, out, err):
    """The list of problems with one run (empty: pass)."""
    problems = []
    if returncode == 70 or "internal compiler error" in err:
        problems.append("mojoc reported an internal compiler error")
    if returncode != want_exit:
        problems.append("exit code %d, expected %d" % (returncode, want_exit))
    if expected is not None and out != expected:
        diff = difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                    "expected", "actual")
        problems.append("stdout differs:\n" + "".join(diff))
    for s in d["STDERR"]:
        if s not in err:
            problems.append("stderr does not contain %r" % s)
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mojoc", required=True)
    ap.add_argument("--cache", required=True, help="XDG_CACHE_HOME for mojoc")
    ap.add_argument("--timeout", type=float, default=100)
    ap.add_argument("program")
    a = ap.parse_args()

    d, expected, want_exit = load_test(a.program)
    cmd = run_command(a.mojoc, a.program, d, ["--Werror"])
    env = dict(os.environ, XDG_CACHE_HOME=a.cache)
    env.pop("NO_COLOR", None)
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           timeout=a.timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        print("FAIL: timed out after %.0f s: %s" % (a.timeout, " ".join(cmd)))
        return 1
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")

    problems = check_outcome(d, expected, want_exit, p.returncode, out, err)
    return verdict(cmd, problems, [("stdout", out), ("stderr", err)])


if __name__ == "__main__":
    sys.exit(main())
