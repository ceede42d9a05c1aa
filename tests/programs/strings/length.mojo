# VERIFIED-WITH: mojo 1.2.0
# Mojo 1.x rejects len(String) (UTF-8 ambiguity); byte_length() is the spelling.
def main():
    var s = "hello"
    print(s.byte_length())
    print(String("").byte_length())
    var t = String("abc") + "def"
    print(t.byte_length())
    print(String("a b c").byte_length())
