# A small Mojo library called from C++ (see main.cpp).


def add(a: Int, b: Int) -> Int:
    return a + b


def fib(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        var t = a + b
        a = b
        b = t
    return a
