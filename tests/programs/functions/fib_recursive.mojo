# VERIFIED-WITH: mojo 1.2.0
def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def main():
    for i in range(15):
        print(fib(i), end=" ")
    print()
    print(fib(25))
