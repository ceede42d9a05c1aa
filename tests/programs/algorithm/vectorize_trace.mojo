# vectorize[W](size, closure) calls closure[W] on full chunks in order, then closure[1] once per leftover element.
# VERIFIED-WITH: mojo 1.2.0
from std.algorithm import vectorize


def main():
    var calls = 0

    def worker[width: Int](i: Int) {mut}:
        print("width", width, "idx", i)
        calls += 1

    vectorize[4](10, worker)
    print("calls", calls)
    vectorize[8](3, worker)
    print("calls", calls)
    vectorize[2](4, worker)
    vectorize[4](0, worker)
    print("calls", calls)
