# `with assert_raises(contains=...)` swallows a matching error; an error whose text lacks the substring propagates unchanged.
# VERIFIED-WITH: mojo 1.2.0
from std.testing import assert_raises

def boom() raises:
    raise Error("kaboom here")

def main() raises:
    with assert_raises(contains="kaboom"):
        boom()
    print("matched")
    with assert_raises():
        boom()
    print("any error accepted")
    try:
        with assert_raises(contains="xyz"):
            raise Error("abc")
    except e:
        print("propagated:", e)
