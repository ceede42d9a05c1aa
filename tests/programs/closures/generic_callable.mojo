# `F: def(Int) -> Int` as a generic bound accepts top-level functions, capturing closures and lambdas.
# VERIFIED-WITH: mojo 1.2.0
def compose[F: def(Int) -> Int, G: def(Int) -> Int](f: F, g: G, x: Int) -> Int:
    return g(f(x))

def call[F: def(Int) -> Int](f: F, x: Int) -> Int:
    return f(x)

def inc(x: Int) -> Int:
    return x + 1

def main():
    var k = 3

    def times_k(x: Int) {imm k} -> Int:
        return x * k

    print(call(inc, 1))
    print(call(times_k, 5))
    print(compose(inc, times_k, 4))
    print(compose(times_k, inc, 4))
    print(compose(lambda (x: Int) -> Int: x - 10, inc, 4))
    k = 10
    print(call(times_k, 5))
