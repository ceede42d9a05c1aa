# VERIFIED-WITH: mojo 1.2.0
def gcd(a: Int, b: Int) -> Int:
    var x = a
    var y = b
    while y != 0:
        var t = x % y
        x = y
        y = t
    return x

def lcm(a: Int, b: Int) -> Int:
    return a // gcd(a, b) * b

def main():
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))
    print(lcm(4, 6), lcm(21, 6))
