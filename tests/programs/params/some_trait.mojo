# `Some[Trait]` argument types: each call with a different argument type makes a separate instantiation.
# VERIFIED-WITH: mojo 1.2.0
trait Shape:
    def area(self) -> Float64: ...
    def name(self) -> String: ...

@fieldwise_init
struct Square(Shape):
    var side: Float64

    def area(self) -> Float64:
        return self.side * self.side

    def name(self) -> String:
        return "square"

@fieldwise_init
struct Rect(Shape):
    var w: Float64
    var h: Float64

    def area(self) -> Float64:
        return self.w * self.h

    def name(self) -> String:
        return "rect"

def report(s: Some[Shape]):
    print(s.name(), s.area())

def both(a: Some[Shape], b: Some[Shape]) -> Float64:
    return a.area() + b.area()

def say(x: Some[Writable]):
    print("say:", x)

def main():
    report(Square(3.0))
    report(Rect(2.0, 5.0))
    print(both(Square(1.0), Rect(1.0, 2.0)))
    say(1)
    say("two")
    say(3.5)
    say(False)
