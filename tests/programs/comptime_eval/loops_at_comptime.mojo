# Functions with while/for loops and early returns evaluated at compile time: a sum, a prime count, a gcd, and a digit reversal.
# VERIFIED-WITH: mojo 1.2.0
def sum_to(n: Int) -> Int:
    var s = 0
    for i in range(1, n + 1):
        s += i
    return s

def is_prime(n: Int) -> Bool:
    if n < 2:
        return False
    var d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

def count_primes(limit: Int) -> Int:
    var c = 0
    for i in range(limit):
        if is_prime(i):
            c += 1
    return c

def gcd(a: Int, b: Int) -> Int:
    var x = a
    var y = b
    while y != 0:
        var t = x % y
        x = y
        y = t
    return x

def reverse_digits(n: Int) -> Int:
    var r = 0
    var m = n
    while m > 0:
        r = r * 10 + m % 10
        m //= 10
    return r

comptime S = sum_to(100)
comptime P = count_primes(100)
comptime G = gcd(1071, 462)
comptime R = reverse_digits(12345)
comptime Q = is_prime(97)

def main():
    print(S, P, G, R, Q)
