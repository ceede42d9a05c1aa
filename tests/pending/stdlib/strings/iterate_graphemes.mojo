# `for c in s` iterates user-visible characters (grapheme clusters), not bytes or code points.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("héy")
    for c in s:
        print(c, end="|")
    print()
    var e = String("e\u0301x")
    print(e.byte_length(), e.count_codepoints(), e.count_graphemes())
    for g in e:
        print("[" + String(g) + "]", end="")
    print()
