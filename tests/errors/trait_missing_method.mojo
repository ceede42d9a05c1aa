trait Shape:
    def area(self) -> Float64: ...
    def name(self) -> String: ...

@fieldwise_init
struct Square(Shape):
    var s: Float64

    def area(self) -> Float64:
        return self.s * self.s

def main():
    var q = Square(2.0)
    print(q.area())
# ERROR: 6:8 E0316 does not implement all requirements for 'Shape'
# MOJO: 'Square' does not implement all requirements for 'Shape'
# VERIFIED-WITH: mojo 1.2.0
