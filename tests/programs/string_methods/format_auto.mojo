# "{} {}".format(...) fills automatically numbered fields with any Writable values.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print("{} + {} = {}".format(1, 2, 3))
    print("{} is {}".format("pi", 3.14))
    print("flag={}".format(True))
    var name = String("Ann")
    print("Hello, {}!".format(name))
    print("no fields".format())
