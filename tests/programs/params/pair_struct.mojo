# A struct with two type parameters; field access from outside, and the parameters used in method signatures.
# VERIFIED-WITH: mojo 1.2.0
struct Pair[A: Copyable & Writable & Deinitable, B: Copyable & Writable & Deinitable](Copyable):
    var first: Self.A
    var second: Self.B

    def __init__(out self, first: Self.A, second: Self.B):
        self.first = first.copy()
        self.second = second.copy()

    def swapped(self) -> Pair[Self.B, Self.A]:
        return Pair[Self.B, Self.A](self.second, self.first)

    def show(self):
        print("(", self.first, ", ", self.second, ")", sep="")

def main():
    var p = Pair[Int, String](1, "one")
    p.show()
    p.swapped().show()
    var q = Pair(2.5, True)
    q.show()
    print(q.first * 2.0, q.second)
    var r = Pair[String, Float64]("half", 0.5)
    var t = r.swapped()
    print(t.first + 1.0, r.first + "!")
