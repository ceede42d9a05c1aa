# Legacy edition: `fn` with a type parameter, a defaulted Int parameter, explicit binding, inference and keyword parameters.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn repeat[T: Writable, n: Int = 2](x: T):
    for i in range(n):
        print(x, i, sep=":")

fn volume[w: Int, h: Int = 1, d: Int = 1]() -> Int:
    return w * h * d

fn main():
    repeat[Int, 3](7)
    repeat("hi")
    repeat[n=1](2.5)
    print(volume[2]())
    print(volume[2, d=5]())
    print(volume[d=2, w=3, h=4]())
