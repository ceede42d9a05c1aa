# sort() on a List of a user struct that implements Comparable via __lt__ and __eq__.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Ver(Comparable, Copyable, Writable):
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

def main():
    var vs: List[Ver] = [Ver(1, 2), Ver(0, 9), Ver(1, 0), Ver(0, 1)]
    sort(vs)
    print(vs)
    print(vs[0] < vs[1], vs[3] == Ver(1, 2))
