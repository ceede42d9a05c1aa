trait Shape:
    def area(self) -> Float64: ...

@fieldwise_init
struct Square(Shape):
    var s: Int

    def area(self) -> Int:
        return self.s * self.s

def main():
    var q = Square(2)
    print(q.area())
# ERROR: 5:8 E0316 does not implement all requirements for 'Shape'
# MOJO: 'Square' does not implement all requirements for 'Shape'
# VERIFIED-WITH: mojo 1.2.0
