# Fibonacci numbers, recursively and with a loop: `mojoc run examples/fib.mojo`


def fib_recursive(n: Int) -> Int:
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_loop(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        var t = a + b
        a = b
        b = t
    return a


def main():
    for n in range(10):
        print("fib", n, "=", fib_recursive(n))
    print("fib 90 =", fib_loop(90))
