# Counter.most_common(n) returns the n largest counts; each entry indexes as e[0] (key) and e[1] (count).
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Counter

def main():
    var c = Counter[String]()
    for w in ["x", "y", "y", "z", "z", "z"]:
        c[w] += 1
    for e in c.most_common(2):
        print(e[0], e[1])
