# VERIFIED-WITH: mojo 1.2.0
# \x and octal escapes are code points, encoded as UTF-8.
def main():
    var s = "\xe9\x41\101\351"
    print(s, s.byte_length())
    print("caf\xe9" == "café")
