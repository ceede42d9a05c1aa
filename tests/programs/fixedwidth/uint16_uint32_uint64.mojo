# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: UInt16 = 65535
    print(a + 1)
    var b: UInt32 = 4294967295
    print(b + 1)
    var c: UInt64 = 18446744073709551615
    print(c + 1, c)
    var d: UInt32 = 0
    print(d - 1)
    var e: UInt64 = 1
    print(e << 63)
