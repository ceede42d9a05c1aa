# VERIFIED-WITH: mojo 1.2.0
# String repetition with *, and a string as a condition / Bool(s): non-empty.
def main():
    var s = String("ab")
    print(s * 3, "x" * 0, "-" * -2, "=" * 5)
    print(Bool(""), Bool("a"), Bool(s), Bool(String("")))
    if s:
        print("nonempty")
    if not String(""):
        print("empty")
    var n = 2
    print(s * n + "!")
