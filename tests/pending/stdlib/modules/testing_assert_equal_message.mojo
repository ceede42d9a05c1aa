# A failing assert_equal raises "At <file>:<line>:<col>: AssertionError: ..." with left/right and an optional reason; the location prefix is cut off here.
# VERIFIED-WITH: mojo 1.2.0
from std.testing import assert_equal

def tail(e: Error) -> String:
    var m = String(e)
    var i = m.find("AssertionError")
    return String(m[byte=i:])

def main():
    try:
        assert_equal(1, 2)
    except e:
        print(tail(e))
    try:
        assert_equal(String("a"), String("b"), msg="strings differ")
    except e:
        print(tail(e))
    try:
        var xs: List[Int] = [1, 2]
        assert_equal(xs, [1, 3])
    except e:
        print(tail(e))
