# v[i] reads one lane as a scalar and v[i] = x writes one lane; indexes can be runtime values in a loop.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var v = SIMD[DType.int32, 8](0)
    for i in range(8):
        v[i] = Int32(i * i)
    print(v)
    print(v[0], v[3], v[7])
    var x = v[5]
    print(x + 1)
    v[2] = -1
    v[6] += 100
    print(v)
    var f = SIMD[DType.float64, 4](0.5)
    f[1] = f[0] * 3
    f[3] = f[1] + f[2]
    print(f)
    var total: Int32 = 0
    for i in range(len(v)):
        total += v[i]
    print(total)
