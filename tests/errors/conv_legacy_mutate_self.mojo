# ERA: legacy
struct Counter:
    var n: Int

    fn __init__(out self):
        self.n = 0

    fn bump(self):
        self.n += 1

fn main():
    var c = Counter()
    c.bump()
    print(c.n)
# ERROR: 9:13 E0309 must be mutable for in-place operator
# MOJO: expression must be mutable for in-place operator destination
# VERIFIED-WITH: mojo 0.25.6
