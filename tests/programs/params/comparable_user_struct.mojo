# A user struct implementing Comparable used with the same generic functions as Int: the bound accepts both.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Version(Comparable, Copyable, Writable):
    var major: Int
    var minor: Int

    def __lt__(self, other: Self) -> Bool:
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __eq__(self, other: Self) -> Bool:
        return self.major == other.major and self.minor == other.minor

    def write_to(self, mut writer: Some[Writer]):
        writer.write("v", self.major, ".", self.minor)

def newest[T: Comparable & Copyable & Deinitable](a: T, b: T) -> T:
    if a < b:
        return b.copy()
    return a.copy()

def same[T: Comparable](a: T, b: T) -> Bool:
    return a == b

def main():
    print(newest(Version(1, 2), Version(1, 10)))
    print(newest(Version(3, 0), Version(2, 9)))
    print(newest(4, 11))
    print(same(Version(1, 1), Version(1, 1)), same(Version(1, 1), Version(1, 2)))
    print(same(5, 5))
    print(Version(2, 0) >= Version(1, 99), Version(0, 1) > Version(0, 1))
