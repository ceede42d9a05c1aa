# p.bitcast[UInt8]() views the same memory as bytes (little-endian here); writes through either view are seen by both.
# VERIFIED-WITH: mojo 1.2.0
from std.memory import alloc


def main():
    var p = alloc[UInt32](2)
    p[0] = 0x11223344
    p[1] = 0xFFFFFFFF
    var b = p.bitcast[UInt8]()
    print(b[0], b[1], b[2], b[3], b[4])
    b[0] = 0
    print(hex(p[0]))
    var f = alloc[Float32](1)
    f[0] = 1.0
    print(f.bitcast[UInt32]()[0], f.bitcast[UInt8]().load[width=4](0))
    f.bitcast[UInt32]()[0] = 0x40490FDB
    print(f[0])
    var h = p.bitcast[UInt16]()
    print(h[0], h[1], h.load[width=4](0))
    p.free()
    f.free()
