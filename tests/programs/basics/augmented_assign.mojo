# VERIFIED-WITH: mojo 1.2.0
def main():
    var x = 10
    x += 5
    print(x)
    x -= 3
    print(x)
    x *= 4
    print(x)
    x //= 5
    print(x)
    x %= 4
    print(x)
    x <<= 3
    print(x)
    x >>= 1
    print(x)
    x |= 1
    print(x)
    x &= 6
    print(x)
    x ^= 15
    print(x)
    var f = 1.5
    f += 0.25
    f *= 2.0
    f /= 4.0
    print(f)
