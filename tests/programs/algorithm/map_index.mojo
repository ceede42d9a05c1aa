# std.algorithm.map(n, f) calls f(i) for every index in [0, n) in order; the closure updates captured state.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import map


def main():
    var xs: List[Int] = [1, 2, 3, 4, 5]

    def square(i: Int) {mut}:
        xs[i] = xs[i] * xs[i]

    map(len(xs), square)
    print(xs)
    var order: List[Int] = []

    def record(i: Int) {mut}:
        order.append(i * 10)

    map(4, record)
    print(order)
    map(0, record)
    print(len(order))
