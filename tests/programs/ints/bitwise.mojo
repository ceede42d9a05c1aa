# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 12
    var b = 10
    print(a & b, a | b, a ^ b, ~a)
    print(a << 2, a >> 2, 1 << 62)
    var n = -16
    print(n >> 2, n << 1, ~n)
    print(-1 >> 63, -1 & 255)
    var one = 1
    print(one << 63)
