# `**` on Ints gives an Int; pow(a, b) likewise; a float power is checked with isclose (pow is not correctly rounded).
# VERIFIED-WITH: mojo 1.2.0
from std.math import isclose

def main():
    print(2 ** 10, pow(3, 4), (-2) ** 3)
    print(2.0 ** 3, 1.5 ** 2)
    var base: Float64 = 2.0
    print(isclose(base ** 0.5, 1.4142135623730951))
