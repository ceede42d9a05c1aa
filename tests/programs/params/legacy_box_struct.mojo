# Legacy edition: a parametric struct whose field and methods name the parameter T directly, plus an alias member derived from an Int parameter.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
struct Box[T: Copyable & Movable & Writable, slots: Int = 1]:
    alias doubled = slots * 2
    var value: T

    fn __init__(out self, value: T):
        self.value = value.copy()

    fn get(self) -> T:
        return self.value.copy()

    fn show(self):
        print(self.value, slots, Self.doubled)

    fn scaled[k: Int](self) -> Int:
        return slots * k

fn main():
    var a = Box[Int](5)
    a.show()
    print(a.get() + 1)
    var s = Box[String, 3]("s")
    s.show()
    print(s.scaled[4]())
    Box(2.5).show()
    print(Box[Bool, 7].doubled)
