# ERA: legacy
# Representable (legacy Mojo 0.25): __repr__ used by repr(x).
@fieldwise_init
struct Pair(Representable):
    var a: Int
    var b: String

    fn __repr__(self) -> String:
        return "Pair(" + repr(self.a) + ", " + repr(self.b) + ")"

fn main():
    var p = Pair(3, "hi")
    print(repr(p))
    print(repr(Pair(-1, "")))
    print(repr(42), repr("x"))
# VERIFIED-WITH: mojo 0.25.6
