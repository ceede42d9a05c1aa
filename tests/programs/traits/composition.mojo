# Composed trait bounds with `A & B`, and a trait that combines two others.
trait Area:
    def area(self) -> Float64: ...

trait Perimeter:
    def perimeter(self) -> Float64: ...

trait Shape(Area, Perimeter):
    pass

@fieldwise_init
struct Rect(Shape):
    var w: Float64
    var h: Float64

    def area(self) -> Float64:
        return self.w * self.h

    def perimeter(self) -> Float64:
        return 2.0 * (self.w + self.h)

@fieldwise_init
struct Square(Area, Perimeter):
    var s: Float64

    def area(self) -> Float64:
        return self.s * self.s

    def perimeter(self) -> Float64:
        return 4.0 * self.s

def both[T: Area & Perimeter](x: T):
    print("area", x.area(), "perimeter", x.perimeter())

def shape[T: Shape](x: T):
    print("shape ratio", x.area() / x.perimeter())

def main():
    both(Rect(2.0, 3.0))
    both(Square(1.5))
    shape(Rect(4.0, 4.0))
# VERIFIED-WITH: mojo 1.2.0
