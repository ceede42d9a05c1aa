# find/rfind return byte offsets of the first/last match, or -1; find takes a start offset.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("a-b-c-d")
    print(s.find("-"), s.rfind("-"))
    print(s.find("-", 2), s.find("-", 6))
    print(s.find("zz"), s.rfind("zz"))
    print(s.find(""), s.find("a-b"))
    print(String("héllo").find("l"))
