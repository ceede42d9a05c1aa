# VERIFIED-WITH: mojo 1.2.0
def fact(n: Int) -> Int:
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fact_iter(n: Int) -> Int:
    var r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def main():
    print(fact(0), fact(1), fact(5), fact(10), fact(20))
    print(fact_iter(20) == fact(20))
    print(fact(21))
