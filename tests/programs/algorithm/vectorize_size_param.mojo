# With a compile-time size (vectorize[W, size=N](closure)) a power-of-two remainder runs as one narrower call instead of width-1 calls.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize


def main():
    def worker[width: Int](i: Int) {}:
        print("width", width, "idx", i)

    vectorize[4, size=10](worker)
    print("--")
    vectorize[8, size=13](worker)
    print("--")
    vectorize[4, size=8](worker)
