# VERIFIED-WITH: mojo 1.2.0
def main():
    var m: Int = 9223372036854775807
    print(m)
    print(m + 1)
    print(m * 2)
    var n = -m - 1
    print(n)
    print(n - 1)
    print(-n)
    print(n * -1)
    print(m + m + 2)
