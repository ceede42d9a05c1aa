# Indexed fields "{0}"/"{1}" may repeat or reorder; "{{" and "}}" are literal braces.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print("{1} {0}".format("world", "hello"))
    print("{0}{0}{0}".format("ab"))
    print("{0}-{1}-{0}".format(1, 2))
    print("{{}} {}".format(7))
    print("{{{0}}}".format("x"))
