# The runtime-size tile: tile(start, end, sizes..., workgroup_function=f) calls f(offset, size), largest sizes first.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import tile


def main():
    var covered = 0

    def work(off: Int, size: Int) {mut}:
        print("offset", off, "size", size)
        covered += size

    tile(0, 7, 3, 1, workgroup_function=work)
    print("covered", covered)
    tile(5, 10, 4, 2, 1, workgroup_function=work)
    print("covered", covered)
