# assert_raises whose body does not raise fails with "AssertionError: Didn't raise at <file>:<line>:<col>", the location being the `(` of the assert_raises call.
# VERIFIED-WITH: mojo 1.2.0
from std.testing import assert_raises

def fine() raises:
    pass

def main():
    try:
        with assert_raises():
            fine()
        print("not reached")
    except e:
        var m = String(e)
        print(m.startswith("AssertionError: Didn't raise at "))
        print(m.endswith(":10:27"))
