# A dot product with vectorize: per-chunk products reduced into one accumulator, checked against a scalar loop.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize


def main():
    var a: List[Int64] = []
    var b: List[Int64] = []
    for i in range(21):
        a.append(Int64(i))
        b.append(Int64(3 - i))
    var pa = a.unsafe_ptr()
    var pb = b.unsafe_ptr()
    var dot: Int64 = 0

    def mul_add[width: Int](i: Int) {mut}:
        var x = pa.unsafe_load[width=width](i)
        var y = pb.unsafe_load[width=width](i)
        dot += (x * y).reduce_add()

    vectorize[8](len(a), mul_add)
    var check: Int64 = 0
    for i in range(len(a)):
        check += a[i] * b[i]
    print(dot, check, dot == check)
