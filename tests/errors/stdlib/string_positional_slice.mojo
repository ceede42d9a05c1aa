def main():
    var s = String("hello")
    print(s[1:3])
# ERROR: 3:12 E0403 String does not support direct positional slicing like `s[a:b]`
# MOJO: 3:12: String does not support direct positional slicing like `s[a:b]` because Mojo strings are UTF-8 encoded, and the same range can mean different things. Use `s[byte=a:b]` to slice by raw UTF-8 byte positions, or `s[codepoint=a:b]` to slice by Unicode code points.
# VERIFIED-WITH: mojo 1.2.0
