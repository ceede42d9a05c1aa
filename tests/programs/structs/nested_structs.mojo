# Structs containing structs; reading and writing nested fields.
@fieldwise_init
struct Point(ImplicitlyCopyable, Movable):
    var x: Int
    var y: Int


@fieldwise_init
struct Segment(ImplicitlyCopyable, Movable):
    var start: Point
    var end: Point

    def length2(self) -> Int:
        var dx = self.end.x - self.start.x
        var dy = self.end.y - self.start.y
        return dx * dx + dy * dy


struct Shape:
    var seg: Segment
    var label: String

    def __init__(out self, label: String):
        self.seg = Segment(Point(0, 0), Point(3, 4))
        self.label = label


def main():
    var s = Shape("tri")
    print(s.label, s.seg.start.x, s.seg.start.y, s.seg.end.x, s.seg.end.y)
    print(s.seg.length2())
    s.seg.end.x = 6
    s.seg.start = Point(1, 1)
    print(s.seg.start.x, s.seg.end.x, s.seg.length2())
    var p = s.seg.end
    p.y = 100
    print(p.y, s.seg.end.y)
# VERIFIED-WITH: mojo 1.2.0
