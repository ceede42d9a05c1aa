# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 0.1 + 0.2
    print(a == 0.3, a > 0.3, a < 0.31)
    var z = 0.0
    var n = z / z
    print(n == n, n != n, n < 1.0, n > 1.0)
    print(-z == z)
    print(1.0 < 2.0 < 3.0)
