# xs.unsafe_ptr() exposes a List's storage: vector loads and stores through it read and change the List's elements.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Float32] = [1, 2, 3, 4, 5, 6, 7, 8]
    var p = xs.unsafe_ptr()
    var v = p.unsafe_load[width=8](0)
    print(v, v.reduce_add())
    p.unsafe_store(4, SIMD[DType.float32, 4](-1))
    print(xs)
    var ys: List[Int32] = [10, 20, 30, 40]
    var q = ys.unsafe_ptr()
    q.unsafe_store(0, q.unsafe_load[width=4](0) * 2 + 1)
    print(ys)
    print(q[unsafe_offset=3], len(ys))
