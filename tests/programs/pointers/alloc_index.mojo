# alloc[T](n) gives an uninitialized buffer; p[i] = x writes and p[i] reads element i; p.free() releases it (old spellings, deprecated but accepted).
# VERIFIED-WITH: mojo 1.2.0
from std.memory import alloc


def main():
    var p = alloc[Int](5)
    for i in range(5):
        p[i] = i * 10
    print(p[0], p[1], p[4])
    p[2] += 7
    print(p[2])
    var total = 0
    for i in range(5):
        total += p[i]
    print(total)
    p.free()
    var f = alloc[Float32](3)
    f[0] = 0.5
    f[1] = f[0] * 3
    f[2] = f[1] - f[0]
    print(f[0], f[1], f[2])
    f.free()
