# A user struct as a Dict key: Hashable via def __hash__[H: Hasher](self, mut hasher: H) feeding fields, plus Equatable.
# VERIFIED-WITH: mojo 1.2.0
from std.hash import Hasher

@fieldwise_init
struct Pt(Hashable, Equatable, Copyable, Writable):
    var x: Int
    var y: Int

    def __hash__[H: Hasher](self, mut hasher: H):
        self.x.__hash__(hasher)
        self.y.__hash__(hasher)

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ",", self.y, ")")

def main() raises:
    var d = Dict[Pt, String]()
    d[Pt(1, 2)] = "a"
    d[Pt(3, 4)] = "b"
    d[Pt(1, 2)] = "c"
    print(len(d), d[Pt(1, 2)])
    print(Pt(3, 4) in d, Pt(9, 9) in d)
    print(d)
