# union/intersection/difference/symmetric_difference methods, issubset, and Set equality ignoring order.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Set

def main():
    var a: Set[Int] = {1, 2, 3}
    var b: Set[Int] = {2, 3, 4}
    print(a.union(b), a.intersection(b))
    print(a.difference(b), a.symmetric_difference(b))
    var small: Set[Int] = {2}
    print(small.issubset(a), a.issubset(b))
    var c: Set[Int] = {3, 2, 1}
    print(a == c, a == b)
