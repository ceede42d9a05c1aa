# Legacy edition: `alias N = fib(20)` and other aliases computed by ordinary recursive and looping functions at compile time.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fn sum_squares(n: Int) -> Int:
    var s = 0
    for i in range(n + 1):
        s += i * i
    return s

alias N = fib(20)
alias S = sum_squares(10)
alias BOTH = N + S

fn twice[n: Int]() -> Int:
    return 2 * n

fn main():
    print(N, S, BOTH)
    print(twice[N]())
    print(twice[fib(7)]())
    alias local = fib(12) - N
    print(local)
