# vectorize transforming a buffer in place (x = x * a + b) with vector loads and stores; every element is visited once.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize


def main():
    var xs: List[Float64] = [1, 2, 3, 4, 5, 6, 7]
    var p = xs.unsafe_ptr()
    var a = 2.0
    var b = 0.5

    def scale[width: Int](i: Int) {imm p, var a, var b}:
        var v = p.unsafe_load[width=width](i)
        p.unsafe_store(i, v * a + b)

    vectorize[4](len(xs), scale)
    print(xs)
    vectorize[2](len(xs), scale)
    print(xs)
