def main():
    var s = String("hello")
    print(s[0])
# ERROR: 3:12 E0403 String does not support direct positional indexing like `s[i]`
# MOJO: 3:12: String does not support direct positional indexing like `s[i]` because Mojo strings are UTF-8 encoded, and the same position can mean three different things. Use one of: `s[byte=i]` for a raw UTF-8 byte, `s[codepoint=i]` for a Unicode code point, or `s[grapheme=i]` for a user-visible character (grapheme cluster).
# VERIFIED-WITH: mojo 1.2.0
