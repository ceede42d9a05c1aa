@fieldwise_init
struct Key(Copyable, Equatable):
    var n: Int

    def __eq__(self, other: Self) -> Bool:
        return self.n == other.n

def main():
    var d = Dict[Key, Int]()
    d[Key(1)] = 1
    print(len(d))
# ERROR: 9:18 E0316 parameter 'K' has
# MOJO: 9:18: 'Dict' parameter 'K' has 'KeyElement' type, but value has type 'AnyStruct[Key]'
# MOJO-NOTE: 9:18: 'KeyElement' is aka 'Equatable & Hashable & Movable'
# VERIFIED-WITH: mojo 1.2.0
