# VERIFIED-WITH: mojo 1.2.0
# hex/bin/oct (with and without prefix, negative values, Int.MIN), chr and ord.
def main():
    print(hex(255), hex(-255), hex(0), bin(5), bin(-5), bin(0), oct(8), oct(-8))
    print(hex(Int8(-1)), hex(UInt8(255)), bin(True), hex(-9223372036854775807 - 1))
    print(chr(65), chr(233), chr(128293), ord("A"), ord("é"), ord("🔥"))
    print(hex(255, prefix=""), bin(5, prefix="b:"))
    var code = ord("z")
    print(chr(code - 25) + chr(code), hex(code), oct(UInt16(65535)))
