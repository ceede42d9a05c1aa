# Legacy edition: aliases inside generic fns derived from the parameters (arithmetic, a compile-time function call, a conditional expression).
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn tri(n: Int) -> Int:
    return n * (n + 1) // 2

fn info[n: Int, scale: Int = 1]():
    alias sq = n * n
    alias t = tri(n)
    alias scaled = (sq + t) * scale
    alias big = scaled > 50
    print(n, sq, t, scaled, big)

fn bits[dt: DType]() -> Int:
    alias width = 8 if dt == DType.int8 else 16
    alias mask = (1 << width) - 1
    return mask

fn main():
    info[3]()
    info[5, 2]()
    info[n=0, scale=100]()
    print(bits[DType.int8](), bits[DType.int16]())
