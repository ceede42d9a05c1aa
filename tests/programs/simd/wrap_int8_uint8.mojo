# int8 and uint8 lanes wrap modulo 256 on +, - and * (two's complement), with no overflow error.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var v = SIMD[DType.int8, 4](100, -100, 127, -128)
    print(v + 100)
    print(v - 100)
    print(v * 2)
    print(v * v)
    var u = SIMD[DType.uint8, 4](250, 5, 0, 128)
    print(u + 10)
    print(u - 10)
    print(u * 3)
    var one = UInt8(0)
    one -= 1
    print(one)
    var k = Int8(127)
    k += 1
    print(k)
