# `ref` returns: the result aliases a field (origin `self.first`) or one of
# two arguments (origin `[a, b]`), so it can be read or assigned through.
struct Pair:
    var first: Int
    var second: Int

    def __init__(out self, a: Int, b: Int):
        self.first = a
        self.second = b

    def first_ref(ref self) -> ref [self.first] Int:
        return self.first

    def pick(ref self, which: Int) -> ref [self.first, self.second] Int:
        if which == 0:
            return self.first
        return self.second

@fieldwise_init
struct Wrap:
    var v: Int

def bigger(ref a: Wrap, ref b: Wrap) -> ref [a, b] Wrap:
    if a.v >= b.v:
        return a
    return b

def main():
    var p = Pair(1, 2)
    var f = p.first_ref()
    var s0 = p.pick(0)
    var s1 = p.pick(1)
    print(f, s0, s1)
    p.first_ref() = 10
    p.pick(1) += 5
    print(p.first, p.second)
    var x = Wrap(3)
    var y = Wrap(9)
    bigger(x, y).v = 100
    var big = bigger(x, y).v
    print(x.v, y.v, big)
# VERIFIED-WITH: mojo 1.2.0
