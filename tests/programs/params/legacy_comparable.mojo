# Legacy edition: one generic `fn` with a Comparable bound called with Int, Float64, String and a user struct (0.25.6's Comparable needs __lt__, __le__, __gt__, __ge__, __eq__).
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
@fieldwise_init
struct Version(Comparable, Copyable, Movable, Writable):
    var major: Int
    var minor: Int

    fn __lt__(self, other: Self) -> Bool:
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    fn __le__(self, other: Self) -> Bool:
        return not other < self

    fn __gt__(self, other: Self) -> Bool:
        return other < self

    fn __ge__(self, other: Self) -> Bool:
        return not self < other

    fn __eq__(self, other: Self) -> Bool:
        return self.major == other.major and self.minor == other.minor

    fn write_to(self, mut writer: Some[Writer]):
        writer.write("v", self.major, ".", self.minor)

fn newest[T: Comparable & Copyable & Movable](a: T, b: T) -> T:
    if a < b:
        return b.copy()
    return a.copy()

fn main():
    print(newest(3, 9))
    print(newest(2.5, -1.0))
    print(newest(String("pear"), String("apple")))
    print(newest(Version(1, 2), Version(1, 10)))
    print(newest(Version(3, 0), Version(2, 9)))
