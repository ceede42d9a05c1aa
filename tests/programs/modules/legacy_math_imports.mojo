# Legacy: stdlib modules import without the std. prefix (from math import ..., from collections import ...).
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
from math import sqrt, floor, gcd
from collections import Set

fn main():
    print(sqrt(16.0), floor(2.5), gcd(12, 18))
    var s = Set[Int](1, 2, 2, 3)
    print(len(s), 2 in s)
