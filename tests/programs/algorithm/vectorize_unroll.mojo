# unroll_factor=k only unrolls the main loop: the order of calls is the same as without it, tail included.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize


def main():
    def worker[width: Int](i: Int) {}:
        print(width, i)

    vectorize[4, unroll_factor=2](19, worker)
    print("--")
    vectorize[2, unroll_factor=4](9, worker)
