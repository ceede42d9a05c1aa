# VERIFIED-WITH: mojo 1.2.0
# Real Mojo continues a line after a trailing binary operator, even without
# brackets or a backslash (and regardless of the next line's indentation).
def main():
    var a = 1 + \
        2
    print(a)
    var b = (10 +
             20 +
             30)
    print(b)
    var c = 3 *
        4
    print(c)
    print("x",
          "y",
          sep="-")
    var ok = a > 0 and
        b > 0
    print(ok)
