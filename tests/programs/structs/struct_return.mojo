# Functions returning structs; calling methods on returned values.
@fieldwise_init
struct Range2(ImplicitlyCopyable, Movable):
    var lo: Int
    var hi: Int

    def width(self) -> Int:
        return self.hi - self.lo

    def contains(self, v: Int) -> Bool:
        return v >= self.lo and v < self.hi


def make_range(a: Int, b: Int) -> Range2:
    if a <= b:
        return Range2(a, b)
    return Range2(b, a)


def widen(r: Range2, by: Int) -> Range2:
    var out = r
    out.lo -= by
    out.hi += by
    return out


def main():
    var r = make_range(9, 2)
    print(r.lo, r.hi, r.width())
    print(make_range(1, 4).width())
    var w = widen(r, 3)
    print(w.lo, w.hi, r.lo, r.hi)
    print(widen(make_range(0, 1), 1).contains(-1), w.contains(20))
# VERIFIED-WITH: mojo 1.2.0
