# assert_equal/assert_true/assert_false/assert_not_equal/assert_almost_equal return normally when they hold.
# VERIFIED-WITH: mojo 1.2.0
from std.testing import assert_equal, assert_true, assert_false, assert_not_equal, assert_almost_equal

def main() raises:
    assert_equal(1 + 1, 2)
    assert_equal(String("ab"), "ab")
    assert_true(3 > 2)
    assert_false(3 < 2)
    assert_not_equal(1, 2)
    assert_almost_equal(0.1 + 0.2, 0.3)
    var xs: List[Int] = [1, 2]
    assert_equal(xs, [1, 2])
    print("all passed")
