# VERIFIED-WITH: mojo 0.25.6
fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fn power(base: Int, exp: Int = 2) -> Int:
    var r = 1
    for _ in range(exp):
        r *= base
    return r

fn main():
    print(fib(20))
    print(power(3), power(2, 10), power(exp=3, base=5))
