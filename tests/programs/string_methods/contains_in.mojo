# `in` and `not in` test for a substring; the empty string is always contained.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("hello world")
    print("world" in s, "World" in s)
    print("o w" in s, "xyz" not in s)
    print("" in s)
    var needle = String("lo")
    if needle in s:
        print("found", needle)
