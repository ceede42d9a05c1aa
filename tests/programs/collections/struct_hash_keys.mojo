# A user struct with a 1.x __hash__[H: Hasher] over a String and an Int field as Set elements and Dict keys; d[k] += 1 updates in place.
# VERIFIED-WITH: mojo 1.2.0
from std.hash import Hasher
from std.collections import Set

@fieldwise_init
struct Name(Hashable, Equatable, Copyable, Writable):
    var first: String
    var n: Int

    def __hash__[H: Hasher](self, mut hasher: H):
        self.first.__hash__(hasher)
        self.n.__hash__(hasher)

    def __eq__(self, other: Self) -> Bool:
        return self.first == other.first and self.n == other.n

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.first, "#", self.n)

def main() raises:
    var s = Set[Name]()
    s.add(Name("a", 1))
    s.add(Name("b", 2))
    s.add(Name("a", 1))
    print(len(s), Name("b", 2) in s, Name("b", 3) in s)
    var d: Dict[Name, Int] = {Name("x", 0): 5}
    var k = Name("x", 0)
    d[k] += 1
    print(d)
