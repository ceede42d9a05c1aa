# stack_allocation[n, T]() reserves n elements in the current function's frame (no free needed); it supports indexing and vector loads.
# VERIFIED-WITH: mojo 1.2.0
from std.memory import stack_allocation


def main():
    var s = stack_allocation[16, Float32]()
    for i in range(16):
        s[unsafe_offset=i] = Float32(i) * 0.5
    print(s[unsafe_offset=0], s[unsafe_offset=15])
    print(s.unsafe_load[width=4](4))
    var acc = SIMD[DType.float32, 4](0)
    for i in range(0, 16, 4):
        acc += s.unsafe_load[width=4](i)
    print(acc, acc.reduce_add())
    var t = stack_allocation[4, Int]()
    t[unsafe_offset=0] = 7
    t[unsafe_offset=1] = t[unsafe_offset=0] * 6
    print(t[unsafe_offset=1])
