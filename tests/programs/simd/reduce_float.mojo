# Float reductions: reduce_add, reduce_mul, reduce_max and reduce_min over all lanes, and a partial reduce to 2 lanes.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var f = SIMD[DType.float32, 4](1.5, 2.5, -3.0, 4.0)
    print(f.reduce_add(), f.reduce_mul(), f.reduce_max(), f.reduce_min())
    print(f.reduce_add[2]())
    var d = SIMD[DType.float64, 8](0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
    print(d.reduce_add(), d.reduce_max(), d.reduce_min())
    var e = SIMD[DType.float64, 4](1e308, 1e308, -1e308, 1)
    print(e.reduce_add(), e.reduce_mul())
    var z = SIMD[DType.float32, 2](-0.0, 0.0)
    print(z.reduce_max(), z.reduce_min(), z.reduce_add())
