# `comptime N = fib(20)`: an ordinary recursive function evaluated at compile time; the result is then used as a parameter.
# VERIFIED-WITH: mojo 1.2.0
def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

comptime N = fib(20)
comptime SMALL = fib(5) + fib(6)

def twice[n: Int]() -> Int:
    return 2 * n

def main():
    print(N)
    print(SMALL)
    print(twice[N]())
    print(twice[fib(10)]())
    comptime local = fib(12) - N
    print(local)
