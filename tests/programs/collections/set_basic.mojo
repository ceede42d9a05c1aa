# Set literal, add (duplicates ignored), len, `in`; printing keeps insertion order as {a, b}.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Set

def main():
    var s: Set[Int] = {3, 1, 2}
    s.add(4)
    s.add(1)
    print(s, len(s))
    print(2 in s, 9 in s, 9 not in s)
    var e = Set[String]()
    print(e, len(e))
    var w: Set[String] = {"x", "y"}
    print(w)
