# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: Int32 = 7
    var b: Int32 = -2
    print(a // b, a % b)
    var z: Int32 = 0
    print(a // z, a % z)
    var u: UInt8 = 200
    var v: UInt8 = 7
    print(u // v, u % v)
    var uz: UInt8 = 0
    print(u // uz, u % uz)
    var m: Int8 = -128
    var n1: Int8 = -1
    print(m * n1)
