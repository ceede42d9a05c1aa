# Legacy edition: @parameter fn worker[width: Int](i: Int) with vectorize[worker, W](size): full chunks first, then width-1 calls.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from algorithm import vectorize


fn main():
    var calls = 0

    @parameter
    fn worker[width: Int](i: Int):
        print("width", width, "idx", i)
        calls += 1

    vectorize[worker, 4](10)
    print("calls", calls)
    vectorize[worker, 4, unroll_factor=2](11)
    print("calls", calls)
