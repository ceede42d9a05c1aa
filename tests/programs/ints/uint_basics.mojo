# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: UInt = 10
    var b: UInt = 3
    print(a + b, a - b, a * b, a // b, a % b)
    var z: UInt = 0
    print(z - 1)
    var big: UInt = 18446744073709551615
    print(big + 1, big)
    print(UInt(7) ** 2)
