# Named results: `-> (out r: T)` style via an `out` argument.
@fieldwise_init
struct Pair(Writable):
    var lo: Int
    var hi: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.lo, "..", self.hi)

def make_pair(a: Int, b: Int, out result: Pair):
    if a < b:
        result = Pair(a, b)
    else:
        result = Pair(b, a)

def build(n: Int, out r: Pair):
    r = Pair(0, 0)
    r.hi = n
    r.lo = -n

def main():
    print(make_pair(5, 2))
    print(make_pair(1, 9))
    var p = build(4)
    print(p)
# VERIFIED-WITH: mojo 1.2.0
