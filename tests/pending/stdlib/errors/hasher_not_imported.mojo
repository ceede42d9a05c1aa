@fieldwise_init
struct Key(Copyable, Equatable, Hashable):
    var n: Int

    def __hash__[H: Hasher](self, mut hasher: H):
        self.n.__hash__(hasher)

    def __eq__(self, other: Self) -> Bool:
        return self.n == other.n

def main():
    var d = Dict[Key, Int]()
    d[Key(1)] = 1
    print(len(d))
# ERROR: 5:21 E???? use of unknown declaration 'Hasher'
# MOJO: 5:21: use of unknown declaration 'Hasher'; did you mean to import it from 'std.hash'? Add 'from std.hash import Hasher'
# VERIFIED-WITH: mojo 1.2.0
