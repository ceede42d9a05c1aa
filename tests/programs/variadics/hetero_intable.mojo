# Heterogeneous pack with an Intable bound: `Int(args[i])` on each element of mixed types.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Coins(Intable):
    var n: Int

    def __int__(self) -> Int:
        return self.n * 25

def count_many[*Ts: Intable](*args: *Ts) -> Int:
    var total = 0
    comptime for i in range(args.__len__()):
        total += Int(args[i])
    return total

def main():
    print(count_many(5, 12))
    print(count_many(1, True, Coins(4)))
    print(count_many(Coins(1), Coins(2)))
    print(count_many())
