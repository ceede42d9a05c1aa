# tile[[4, 2, 1]](start, end, f) covers [start, end) greedily with f[4], then f[2], then f[1] chunks, in order.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import tile


def main():
    def work[t: Int](off: Int) {}:
        print("tile", t, "at", off)

    tile[[4, 2, 1]](0, 11, work)
    print("--")
    tile[[8, 3]](2, 16, work)
