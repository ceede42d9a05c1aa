# Legacy edition: `constrained[cond, "msg"]()` that holds, in a generic fn for every instantiation and in a parametric struct's constructor.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
alias WIDTH = 8

fn lanes[n: Int]() -> Int:
    constrained[n > 0, "n must be positive"]()
    constrained[WIDTH % n == 0]()
    return WIDTH // n

struct Buf[size: Int]:
    var used: Int

    fn __init__(out self):
        constrained[size >= 2, "buffer too small"]()
        self.used = size // 2

fn main():
    constrained[WIDTH == 8, "width changed"]()
    print(lanes[1](), lanes[2](), lanes[4](), lanes[8]())
    print(Buf[10]().used, Buf[2]().used)
