# Legacy edition: parallelize[work](n) runs work(i) for every i, in any order; each item writes only its own slot, so the printed result is deterministic.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from algorithm import parallelize
from memory import UnsafePointer


fn main():
    var out = UnsafePointer[Int].alloc(8)

    @parameter
    fn work(i: Int):
        out[i] = i * i

    parallelize[work](8)
    for i in range(8):
        print(out[i], end=" ")
    print()

    @parameter
    fn triple(i: Int):
        out[i] = out[i] * 3

    parallelize[triple](8, 2)
    var total = 0
    for i in range(8):
        total += out[i]
    print(total)
    out.free()
