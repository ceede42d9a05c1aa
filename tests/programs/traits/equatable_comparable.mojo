# Equatable / Comparable: == and != and < <= > >= on structs, and generic use.
@fieldwise_init
struct Version(Comparable):
    var major: Int
    var minor: Int

    def __eq__(self, other: Self) -> Bool:
        return self.major == other.major and self.minor == other.minor

    def __lt__(self, other: Self) -> Bool:
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

def same[T: Equatable](a: T, b: T) -> Bool:
    return a == b

def main():
    var a = Version(1, 2)
    var b = Version(1, 10)
    print(a == b, a != b)
    print(a < b, a <= b, a > b, a >= b)
    print(same(a, Version(1, 2)), same(a, b))
# VERIFIED-WITH: mojo 1.2.0
