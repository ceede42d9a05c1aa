# VERIFIED-WITH: mojo 1.2.0
def main():
    print(0.1)
    print(0.1 + 0.2)
    var p1 = 0.1
    var p2 = 0.2
    print(p1 + p2)
    var third = 1.0 / 3.0
    print(third)
    print(1e16, 1e15, 1e-5, 1e-4)
    print(5e-324)
    var big = 1e308
    print(big * 10)
    print(-big * 10)
    var z = 0.0
    print(-z, z)
    var inf = big * 10
    print(inf - inf)
    print(100.0, 2.0, -3.0)
