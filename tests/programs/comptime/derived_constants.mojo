# VERIFIED-WITH: mojo 1.2.0
comptime A = 6
comptime B = A * 7
comptime C = B // 4 + A % 4
comptime MASK = (1 << 8) - 1

def area(w: Int) -> Int:
    return w * A

def main():
    print(A, B, C, MASK)
    print(area(B))
