# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: UInt8 = 0b10110011
    print(a & 0x0F, a | 0x0C, a ^ 0xFF, ~a)
    print(a << 1, a >> 3)
    var s: Int8 = -64
    print(s >> 2, s << 1, s << 2)
    var w: UInt16 = 0xABCD
    print(w >> 8, w & 0xFF)
