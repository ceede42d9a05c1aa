# VERIFIED-WITH: mojo 1.2.0
def main():
    var big = 300
    print(Int8(big), UInt8(big))
    var neg = -1
    print(UInt8(neg), UInt16(neg), UInt32(neg), UInt64(neg))
    var x: Int8 = -100
    print(Int(x), Int16(x), UInt8(x))
    var y: UInt8 = 250
    print(Int8(y), Int(y) + 10)
    var f = 3.99
    print(Int32(f), Int8(-f))
    print(Float64(y), Float32(x))
