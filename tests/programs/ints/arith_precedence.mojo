# VERIFIED-WITH: mojo 1.2.0
def main():
    print(2 + 3 * 4)
    print((2 + 3) * 4)
    print(2 ** 3 ** 2)
    print(-2 ** 2)
    print(10 - 3 - 2)
    print(100 // 10 // 3)
    print(1 + 2 << 3)
    print(6 & 3 | 8)
    print(5 ^ 1 & 3)
    print(7 % 4 * 3)
