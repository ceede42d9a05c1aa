# ord gives a code point as Int; chr builds a one-code-point String, also beyond ASCII.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(ord("A"), ord("a"), ord("0"), ord(" "))
    print(chr(66), chr(122), chr(233))
    print(ord("é"), ord("€"))
    var s = String()
    for i in range(5):
        s += chr(ord("a") + i)
    print(s)
