# Higher-order "apply N times" with a thin function parameter, a generic callable and a compile-time function.
# VERIFIED-WITH: mojo 1.2.0
def apply_n(f: def(Int) thin -> Int, n: Int, x: Int) -> Int:
    var v = x
    for _ in range(n):
        v = f(v)
    return v

def apply_n_g[F: def(Int) -> Int](f: F, n: Int, x: Int) -> Int:
    var v = x
    for _ in range(n):
        v = f(v)
    return v

def apply_n_p[f: def(Int) thin -> Int, n: Int](x: Int) -> Int:
    var v = x
    comptime for _ in range(n):
        v = f(v)
    return v

def double(x: Int) -> Int:
    return x * 2

def main():
    print(apply_n(double, 10, 1))
    print(apply_n(double, 0, 7))
    var step = 3

    def add_step(x: Int) {imm step} -> Int:
        return x + step

    print(apply_n_g(add_step, 5, 0))
    step = -1
    print(apply_n_g(add_step, 5, 0))
    print(apply_n_p[double, 4](3))
