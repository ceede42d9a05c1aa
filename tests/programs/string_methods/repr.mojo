# repr() of a String adds single quotes and escapes quotes and control characters.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(repr(String("abc")))
    print(repr(String("it's")))
    print(repr(String("tab\there")))
    print(repr(String("line\n")))
    print(repr(""))
