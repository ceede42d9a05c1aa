# Variadic arguments of a user struct type: `*pts: Point`, iterated and indexed.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Point(Copyable):
    var x: Int
    var y: Int

def centroid_x(*pts: Point) -> Int:
    var s = 0
    for p in pts:
        s += p.x
    return s // len(pts)

def manhattan(*pts: Point) -> Int:
    var d = 0
    for i in range(1, len(pts)):
        var dx = pts[i].x - pts[i - 1].x
        var dy = pts[i].y - pts[i - 1].y
        d += (dx if dx >= 0 else -dx) + (dy if dy >= 0 else -dy)
    return d

def main():
    print(centroid_x(Point(0, 0), Point(4, 1), Point(8, 2)))
    print(manhattan(Point(0, 0), Point(3, 4), Point(1, 1)))
    var a = Point(5, 5)
    print(manhattan(a, a), centroid_x(a))
