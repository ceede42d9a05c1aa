# ceildiv rounds up; // floors and % takes the divisor's sign (Python semantics) for negative Ints.
# VERIFIED-WITH: mojo 1.2.0
from std.math import ceildiv

def main():
    print(ceildiv(7, 2), ceildiv(8, 2), ceildiv(-7, 2), ceildiv(0, 5))
    print(7 // 2, -7 // 2, 7 // -2)
    print(7 % 3, -7 % 3, 7 % -3)
    print(divmod(7, 2), divmod(-7, 2))
