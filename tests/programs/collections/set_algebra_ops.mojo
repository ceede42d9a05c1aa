# Set operators | & - ^ give union, intersection, difference and symmetric difference.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Set

def main():
    var a: Set[Int] = {1, 2, 3}
    var b: Set[Int] = {2, 3, 4}
    print(a | b)
    print(a & b)
    print(a - b)
    print(a ^ b)
    a |= {9}
    print(a)
