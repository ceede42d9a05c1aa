# getenv returns "" (or the given default) for an unset variable; setenv/unsetenv change the environment.
# VERIFIED-WITH: mojo 1.2.0
from std.os import getenv, setenv, unsetenv

def main():
    comptime NAME = "MOJOC_STDLIB_TEST_SURELY_UNSET"
    print("[" + getenv(NAME) + "]")
    print(getenv(NAME, "fallback"))
    print(setenv(NAME, "set-value"))
    print(getenv(NAME, "fallback"))
    print(unsetenv(NAME))
    print(getenv(NAME, "gone"))
