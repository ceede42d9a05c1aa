# VERIFIED-WITH: mojo 1.2.0
def main():
    var b = 3
    var e = 4
    print(b ** e)
    print(2 ** 0, 2 ** 1, 2 ** 62)
    var two = 2
    print(two ** 63)
    print(two ** 64)
    print((-2) ** 3, (-3) ** 2)
    print(10 ** 18)
