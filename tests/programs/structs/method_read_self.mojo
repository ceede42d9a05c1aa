# Methods that read `self` (default read convention) and return values.
struct Rect:
    var w: Int
    var h: Int

    def __init__(out self, w: Int, h: Int):
        self.w = w
        self.h = h

    def area(self) -> Int:
        return self.w * self.h

    def perimeter(self) -> Int:
        return 2 * (self.w + self.h)

    def is_square(self) -> Bool:
        return self.w == self.h

    def describe(self) -> String:
        return String(self.w) + "x" + String(self.h)


def main():
    var r = Rect(3, 4)
    print(r.describe(), r.area(), r.perimeter(), r.is_square())
    var s = Rect(5, 5)
    print(s.describe(), s.area(), s.perimeter(), s.is_square())
    print(Rect(2, 9).area())
# VERIFIED-WITH: mojo 1.2.0
