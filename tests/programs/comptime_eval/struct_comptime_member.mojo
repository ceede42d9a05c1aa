# Struct-level comptime members computed by compile-time function calls on the struct's parameters; a comptime for whose bound is one of them.
# VERIFIED-WITH: mojo 1.2.0
def next_pow2(n: Int) -> Int:
    var p = 1
    while p < n:
        p *= 2
    return p

struct Table[n: Int]:
    comptime capacity = next_pow2(Self.n)
    comptime mask = Self.capacity - 1
    var seed: Int

    def __init__(out self, seed: Int):
        self.seed = seed

    def slot(self, key: Int) -> Int:
        return (key * 31 + self.seed) & Self.mask

def main():
    print(Table[5].capacity, Table[5].mask)
    print(Table[16].capacity, Table[17].capacity)
    var t = Table[10](7)
    comptime for k in range(Table[3].capacity):
        print(k, t.slot(k))
