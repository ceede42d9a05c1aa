# Equatable supplies a default __ne__ from __eq__.
@fieldwise_init
struct Id(Equatable):
    var v: Int

    def __eq__(self, other: Self) -> Bool:
        print("eq", self.v, other.v)
        return self.v == other.v

def differ[T: Equatable](a: T, b: T) -> Bool:
    return a != b

def main():
    var a = Id(1)
    var b = Id(2)
    print(a != b)
    print(a != Id(1))
    print(differ(a, b))
# VERIFIED-WITH: mojo 1.2.0
