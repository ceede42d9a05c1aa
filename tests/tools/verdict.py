"""The PASS/FAIL report shared by the test runners (run_program.py,
run_error.py): one format, so a failing ctest log reads the same whatever
kind of test failed."""


def verdict(cmd, problems, outputs):
    """Prints PASS, or FAIL with each problem and the captured outputs
    (a list of (name, text)); returns the runner's exit code."""
    if not problems:
        print("PASS")
        return 0
    print("FAIL: " + " ".join(cmd))
    for pr in problems:
        print("  - " + pr)
    for name, text in outputs:
        print("--- %s ---\n%s" % (name, text))
    return 1
