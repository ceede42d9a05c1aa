# Counter[String]: c[k] += 1 counts, missing keys read as 0, get() returns Optional, total() sums, print in first-seen order.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Counter

def main():
    var c = Counter[String]()
    for w in ["a", "b", "a", "c", "a", "b"]:
        c[w] += 1
    print(c)
    print(c["a"], c["zz"], c.get("zz"), c.get("b"))
    print(c.total())
