def main():
    var x: Int
    print(x)
# ERROR: 3:11 E0307 use of uninitialized value
# VERIFIED-WITH: mojo 1.2.0
