def main():
    var s = String("hello")
    print(len(s))
# ERROR: 3:11 E0503 `len(String/StringSlice)` is not supported because Mojo strings are UTF-8 encoded
# MOJO: 3:11: `len(String/StringSlice)` is not supported because Mojo strings are UTF-8 encoded, so a single length is ambiguous: it could mean the number of UTF-8 bytes, the number of Unicode code points, or the number of user-visible characters (grapheme clusters). Use `s.byte_length()` or `len(s.bytes())` for the number of UTF-8 bytes, `len(s.codepoints())` for Unicode code points, or `len(s.graphemes())` for grapheme clusters.
# VERIFIED-WITH: mojo 1.2.0
