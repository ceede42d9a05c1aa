# A generic function over Writable is called with Int, Float64, String, Bool, Int32 and a user struct; each gets its own instantiation.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Temp(Writable):
    var deg: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.deg, "C")

def bracket[T: Writable](x: T) -> String:
    return "<" + String(x) + ">"

def both[A: Writable, B: Writable](a: A, b: B):
    print(bracket(a), bracket(b), sep="+")

def main():
    print(bracket(1))
    print(bracket(2.25))
    print(bracket(String("s")))
    print(bracket(True))
    print(bracket(Int32(-7)))
    print(bracket(Temp(21)))
    both(1, "x")
    both(Temp(-3), 0.5)
    both[Bool, Int](False, 0)
