@fieldwise_init
struct N:
    var v: Int

    def __lt__(self, other: Self) -> Bool:
        return self.v < other.v

def main():
    var a = N(1)
    print(a < N(2))
    print(a <= N(2))
# ERROR: 11:13 E0403 does not implement the '__le__' method
# MOJO: 'N' does not implement the '__le__' method
# VERIFIED-WITH: mojo 1.2.0
