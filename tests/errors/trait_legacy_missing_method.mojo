# ERA: legacy
trait Shape:
    fn area(self) -> Float64: ...

@fieldwise_init
struct Square(Shape):
    var s: Float64

fn main():
    var q = Square(2.0)
    print(q.s)
# ERROR: 6:8 E0316 does not implement all requirements for 'Shape'
# MOJO: 'Square' does not implement all requirements for 'Shape'
# VERIFIED-WITH: mojo 0.25.6
