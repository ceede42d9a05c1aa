# A `Some[Trait]` argument must conform to the trait: a struct without the method is rejected.
trait Shape:
    def area(self) -> Float64: ...

@fieldwise_init
struct Blob(Copyable):
    var size: Int

def report(s: Some[Shape]):
    print(s.area())

def main():
    report(Blob(3))
# ERROR: 13:16 E0316 does not conform to trait 'Shape'
# MOJO: invalid call to 'report': value passed to 's' cannot be converted from 'Blob' to 'T', argument type 'Blob' does not conform to trait 'Shape'
# VERIFIED-WITH: mojo 1.2.0
