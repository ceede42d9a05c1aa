# Builtins abs, min and max on Ints and Float64s, with two or more arguments.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(abs(-3), abs(3), abs(-2.5), abs(0))
    print(min(3, 1), max(3, 1), min(4, -2, 9), max(4, -2, 9))
    print(min(1.5, -0.5), max(1.5, -0.5))
