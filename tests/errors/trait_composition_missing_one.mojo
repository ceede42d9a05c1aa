trait Area:
    def area(self) -> Float64: ...

trait Perimeter:
    def perimeter(self) -> Float64: ...

@fieldwise_init
struct Circle(Area):
    var r: Float64

    def area(self) -> Float64:
        return 3.0 * self.r * self.r

def both[T: Area & Perimeter](x: T):
    print(x.area(), x.perimeter())

def main():
    both(Circle(1.0))
# ERROR: 18:16 E0316 does not conform to trait
# MOJO: invalid call to 'both': value passed to 'x' cannot be converted from 'Circle' to 'T', argument type 'Circle' does not conform to trait 'Area & Perimeter'
# VERIFIED-WITH: mojo 1.2.0
