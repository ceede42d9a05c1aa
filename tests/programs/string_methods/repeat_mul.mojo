# `*` repeats a string; a count of 0 gives the empty string.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("ab")
    print(s * 3)
    print("-" * 10)
    print("[" + s * 0 + "]")
    var n = 2
    print(String("xyz") * n)
    print((s * 4).byte_length())
