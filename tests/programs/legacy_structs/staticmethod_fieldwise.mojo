# Legacy: @fieldwise_init, @staticmethod factories, Self, mut arguments.
# ERA: legacy
@fieldwise_init
struct Point(ImplicitlyCopyable, Movable):
    var x: Int
    var y: Int

    @staticmethod
    fn origin() -> Self:
        return Self(0, 0)

    fn plus(self, other: Self) -> Self:
        return Self(self.x + other.x, self.y + other.y)

    fn show(self):
        print("(", self.x, ",", self.y, ")")


fn shift(mut p: Point, d: Int):
    p.x += d
    p.y -= d


fn main():
    var p = Point.origin()
    p.show()
    var q = Point(2, 3)
    shift(q, 4)
    q.show()
    p.plus(q).plus(Point(1, 1)).show()
    var r = q
    r.x = 99
    print(q.x, r.x)
# VERIFIED-WITH: mojo 0.25.6
