# Set(list) drops duplicates; iterating a Set visits elements in first-insertion order.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Set

def main():
    var s = Set[String](["b", "a", "b", "c", "a"])
    print(len(s))
    for x in s:
        print(x, end=" ")
    print()
