# @staticmethod: called on the type and on an instance; used as factories.
struct Point:
    var x: Int
    var y: Int

    def __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

    @staticmethod
    def origin() -> Point:
        return Point(0, 0)

    @staticmethod
    def diagonal(n: Int) -> Point:
        return Point(n, n)

    @staticmethod
    def add(a: Int, b: Int) -> Int:
        return a + b

    def show(self):
        print("(", self.x, ", ", self.y, ")", sep="")


def main():
    Point.origin().show()
    var d = Point.diagonal(4)
    d.show()
    print(Point.add(2, 3))
    print(d.add(d.x, 10))
# VERIFIED-WITH: mojo 1.2.0
