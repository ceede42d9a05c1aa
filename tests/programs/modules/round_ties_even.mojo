# Builtin round(x) rounds half to even; round(x, n) rounds to n decimal places.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(round(0.5), round(1.5), round(2.5), round(3.5))
    print(round(-0.5), round(-1.5), round(-2.5))
    print(round(2.4), round(2.6), round(-2.6))
    print(round(3.14159, 2), round(1234.5678, 1))
    print(round(7), round(-3))
