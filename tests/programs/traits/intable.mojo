# Intable: __int__ used by Int(x).
@fieldwise_init
struct Money(Intable):
    var cents: Int

    def __int__(self) -> Int:
        return self.cents // 100

def total[T: Intable](a: T, b: T) -> Int:
    return Int(a) + Int(b)

def main():
    var m = Money(1250)
    print(Int(m))
    print(Int(Money(99)))
    print(total(Money(300), Money(450)))
# VERIFIED-WITH: mojo 1.2.0
