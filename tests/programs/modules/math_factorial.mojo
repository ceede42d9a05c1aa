# factorial(n) for small n, including 0.
# VERIFIED-WITH: mojo 1.2.0
from std.math import factorial

def main():
    for n in range(6):
        print(n, factorial(n))
    print(factorial(20))
