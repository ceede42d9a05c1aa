# ERA: legacy
# Stringable (legacy Mojo 0.25): __str__ used by String(x) and print(x).
@fieldwise_init
struct Temp(Stringable):
    var celsius: Float64

    fn __str__(self) -> String:
        return String(self.celsius) + "C"

fn label[T: Stringable](x: T) -> String:
    return "[" + String(x) + "]"

fn main():
    var t = Temp(21.5)
    print(String(t))
    var s = String(t) + " today"
    print(s)
    print(label(Temp(-3.0)))
# VERIFIED-WITH: mojo 0.25.6
