# for c in s.codepoints() yields Codepoints (printable, with ord value via to_u32); codepoint_slices yields substrings.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("héllo")
    for c in s.codepoints():
        print(c, end=" ")
    print()
    for c in s.codepoints():
        print(c.to_u32(), end=" ")
    print()
    for piece in s.codepoint_slices():
        print("[" + String(piece) + "]", end="")
    print()
    print(s.count_codepoints(), len(s.codepoints()))
