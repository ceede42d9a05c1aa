# p.load[width=n](i) reads n consecutive elements as one SIMD value and p.store(i, v) writes a vector back.
# VERIFIED-WITH: mojo 1.2.0
from std.memory import alloc


def main():
    var p = alloc[Float32](16)
    for i in range(16):
        p[i] = Float32(i)
    print(p.load[width=8](4))
    print(p.load[width=4](0), p.load(15))
    p.store(0, SIMD[DType.float32, 4](9, 8, 7, 6))
    print(p.load[width=4](0))
    var v = p.load[width=8](8)
    p.store(8, v * 2)
    print(p.load[width=8](8))
    p.store(3, Float32(-1))
    print(p[3], p.load[width=2](2))
    p.free()
