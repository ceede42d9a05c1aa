# Structs passed to functions as read (default) and mut arguments.
struct Stats:
    var n: Int
    var total: Int

    def __init__(out self):
        self.n = 0
        self.total = 0


def add_sample(mut s: Stats, v: Int):
    s.n += 1
    s.total += v


def mean(s: Stats) -> Float64:
    if s.n == 0:
        return 0.0
    return Float64(s.total) / Float64(s.n)


def report(s: Stats):
    print("n =", s.n, "total =", s.total, "mean =", mean(s))


def main():
    var s = Stats()
    report(s)
    for i in range(1, 5):
        add_sample(s, i * i)
    report(s)
    add_sample(s, -30)
    report(s)
# VERIFIED-WITH: mojo 1.2.0
