# VERIFIED-WITH: mojo 1.2.0
from mathutil import add, mul

def main():
    print(add(2, 3))
    print(mul(4, 5))
    print(add(mul(2, 3), 1))
