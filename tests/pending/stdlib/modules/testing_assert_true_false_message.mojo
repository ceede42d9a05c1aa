# Failing assert_true/assert_false/assert_not_equal/assert_almost_equal messages (text after the location prefix).
# VERIFIED-WITH: mojo 1.2.0
from std.testing import assert_true, assert_false, assert_not_equal, assert_almost_equal

def tail(e: Error) -> String:
    var m = String(e)
    var i = m.find("AssertionError")
    return String(m[byte=i:])

def main():
    try:
        assert_true(False, "must be true")
    except e:
        print(tail(e))
    try:
        assert_true(1 > 2)
    except e:
        print(tail(e))
    try:
        assert_false(True)
    except e:
        print(tail(e))
    try:
        assert_not_equal(3, 3)
    except e:
        print(tail(e))
    try:
        assert_almost_equal(1.0, 1.1)
    except e:
        print(tail(e))
