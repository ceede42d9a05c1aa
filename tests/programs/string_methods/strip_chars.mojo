# strip(chars) removes any of the given characters from the ends, not the substring.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("xyxhello worldyxx")
    print(s.strip("xy"))
    print(s.lstrip("x"))
    print(s.rstrip("xy"))
    print(String("--==title==--").strip("=-"))
    print(String("0042").lstrip("0"))
    print(String("aaa").strip("a").byte_length())
