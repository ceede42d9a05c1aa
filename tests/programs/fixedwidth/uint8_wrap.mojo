# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: UInt8 = 255
    print(a + 1)
    var b: UInt8 = 0
    print(b - 1)
    var c: UInt8 = 200
    print(c + c, c * 2)
    var d: UInt8 = 17
    print(d // 5, d % 5, d << 4, d >> 1)
    print(~d)
