# byte_length counts UTF-8 bytes, which differs from the code point count for non-ASCII text.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(String("hello").byte_length())
    print(String("é").byte_length(), String("€").byte_length())
    print(String("héllo").byte_length(), String("héllo").count_codepoints())
    print(String("").byte_length())
