# Chained comparisons on structs: a < b < c is (a < b) and (b < c),
# evaluating b once.
@fieldwise_init
struct N:
    var v: Int

    def __lt__(self, o: Self) -> Bool:
        print("lt", self.v, o.v)
        return self.v < o.v

    def __eq__(self, o: Self) -> Bool:
        print("eq", self.v, o.v)
        return self.v == o.v

def make(v: Int) -> N:
    print("make", v)
    return N(v)

def main():
    print(N(1) < N(2) < N(3))
    print(N(3) < N(2) < N(5))
    print(make(1) < make(2) < make(0))
    print(N(4) == N(4) == N(5))
# VERIFIED-WITH: mojo 1.2.0
