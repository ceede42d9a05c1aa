# `Self` as a parameter type, return type and constructor inside methods.
@fieldwise_init
struct Vec2(ImplicitlyCopyable, Movable):
    var x: Float64
    var y: Float64

    def plus(self, other: Self) -> Self:
        return Self(self.x + other.x, self.y + other.y)

    def scaled(self, k: Float64) -> Self:
        return Self(self.x * k, self.y * k)

    def dot(self, other: Self) -> Float64:
        return self.x * other.x + self.y * other.y

    def show(self):
        print("Vec2(", self.x, ", ", self.y, ")", sep="")


def main():
    var a = Vec2(1.0, 2.0)
    var b = Vec2(0.5, -1.5)
    a.plus(b).show()
    a.scaled(3.0).show()
    print(a.dot(b))
    a.plus(b).plus(a).scaled(0.5).show()
# VERIFIED-WITH: mojo 1.2.0
