# random_float64() is in [0, 1); random_si64(lo, hi) and random_ui64(lo, hi) stay within [lo, hi]; random_float64(lo, hi) within bounds.
# VERIFIED-WITH: mojo 1.2.0
from std.random import seed, random_float64, random_si64, random_ui64

def main():
    seed(7)
    var ok_f = True
    var ok_s = True
    var ok_u = True
    var ok_r = True
    for _ in range(1000):
        var f = random_float64()
        if f < 0.0 or f >= 1.0:
            ok_f = False
        var s = random_si64(-5, 5)
        if s < -5 or s > 5:
            ok_s = False
        var u = random_ui64(10, 20)
        if u < 10 or u > 20:
            ok_u = False
        var r = random_float64(2.0, 3.0)
        if r < 2.0 or r > 3.0:
            ok_r = False
    print(ok_f, ok_s, ok_u, ok_r)
