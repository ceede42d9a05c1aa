# A parametric struct Box[T] with a Self.T field, methods returning Self.T, and instantiations over Int, String, Float64 and a user struct.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")

struct Box[T: Copyable & Writable & Deinitable](Copyable):
    var value: Self.T
    var tag: String

    def __init__(out self, value: Self.T, tag: String):
        self.value = value.copy()
        self.tag = tag

    def get(self) -> Self.T:
        return self.value.copy()

    def set(mut self, v: Self.T):
        self.value = v.copy()

    def show(self):
        print(self.tag, self.value, sep=" = ")

def main():
    var a = Box[Int](1, "int")
    a.set(41 + a.get())
    a.show()
    var s = Box(String("x"), "str")
    s.set(s.get() + "yz")
    s.show()
    var f = Box[Float64](0.5, "float")
    f.show()
    var p = Box(Point(3, 4), "point")
    print(p.value.x + p.get().y)
    p.show()
