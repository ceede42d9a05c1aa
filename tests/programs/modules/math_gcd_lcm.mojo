# gcd and lcm on Ints, including zero and negative arguments.
# VERIFIED-WITH: mojo 1.2.0
from std.math import gcd, lcm

def main():
    print(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 18))
    print(lcm(4, 6), lcm(3, 7), lcm(0, 5))
