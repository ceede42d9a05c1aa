# Legacy function types `fn(Int) -> Int`: top-level fns passed as runtime arguments, compile-time parameters and locals.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn double(x: Int) -> Int:
    return x * 2

fn inc(x: Int) -> Int:
    return x + 1

fn apply_n(f: fn(Int) -> Int, n: Int, x: Int) -> Int:
    var v = x
    for _ in range(n):
        v = f(v)
    return v

fn apply_p[f: fn(Int) -> Int](x: Int) -> Int:
    return f(x)

fn main():
    print(apply_n(double, 5, 1))
    print(apply_n(inc, 5, 1))
    print(apply_p[double](21), apply_p[inc](21))
    var g: fn(Int) -> Int = double
    print(g(8))
    g = inc
    print(g(8))
