# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: Int16 = 32767
    print(a + 1)
    var b: Int32 = 2147483647
    print(b + 1)
    var c: Int32 = -2147483648
    print(c - 1)
    var d: Int16 = 300
    print(d * d)
    var e: Int32 = 1 << 30
    print(e * 4)
