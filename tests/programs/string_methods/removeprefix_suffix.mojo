# removeprefix/removesuffix drop an exact prefix/suffix if present, else return the string unchanged.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("test_parse.mojo")
    print(s.removeprefix("test_"))
    print(s.removesuffix(".mojo"))
    print(s.removeprefix("xyz"))
    print(s.removesuffix("xyz"))
