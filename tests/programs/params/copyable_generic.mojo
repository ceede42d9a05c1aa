# Generic functions with Copyable bounds over builtin types and a user struct: copies are independent of the original.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Cell(Copyable, Writable):
    var v: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Cell(", self.v, ")")

def duplicate[T: Copyable & Writable & Deinitable](x: T):
    var a = x.copy()
    var b = x.copy()
    print(a, b)

def swap_vals[T: Copyable & Deinitable](mut a: T, mut b: T):
    var tmp = a.copy()
    a = b.copy()
    b = tmp^

def main():
    duplicate(1)
    duplicate(String("ab"))
    duplicate(Cell(3))
    var x = 1
    var y = 2
    swap_vals(x, y)
    print(x, y)
    var s = String("left")
    var t = String("right")
    swap_vals(s, t)
    print(s, t)
    var c = Cell(10)
    var d = Cell(20)
    swap_vals(c, d)
    c.v += 1
    print(c, d)
    var f = 1.5
    var g = -1.5
    swap_vals[Float64](f, g)
    print(f, g)
