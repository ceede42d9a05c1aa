# fma(a, b, c) computes a*b+c.
# VERIFIED-WITH: mojo 1.2.0
from std.math import fma

def main():
    print(fma(2.0, 3.0, 4.0))
    print(fma(-1.5, 2.0, 0.5))
    var a: Float64 = 10.0
    print(fma(a, a, -1.0))
