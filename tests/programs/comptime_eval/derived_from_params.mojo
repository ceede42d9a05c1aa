# comptime values derived from a generic function's parameters: each instantiation computes its own constants.
# VERIFIED-WITH: mojo 1.2.0
def tri(n: Int) -> Int:
    return n * (n + 1) // 2

def info[n: Int, scale: Int = 1]():
    comptime sq = n * n
    comptime t = tri(n)
    comptime scaled = (sq + t) * scale
    comptime big = scaled > 50
    print(n, sq, t, scaled, big)

def bits[dt: DType]() -> Int:
    comptime width = 8 if dt == DType.int8 else (16 if dt == DType.int16 else 32)
    comptime mask = (1 << width) - 1
    return mask

def main():
    info[3]()
    info[5, 2]()
    info[n=0, scale=100]()
    print(bits[DType.int8](), bits[DType.int16](), bits[DType.int32]())
