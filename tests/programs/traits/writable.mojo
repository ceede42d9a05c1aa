# Writable: print(x), String(x) and writing a struct inside another one.
@fieldwise_init
struct Point(Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")

@fieldwise_init
struct Segment(Writable):
    var a: Point
    var b: Point

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.a, " -> ", self.b)

def main():
    var p = Point(1, -2)
    print(p)
    print("p =", p)
    var s = String(p)
    print(s + "!")
    var seg = Segment(Point(0, 0), Point(3, 4))
    print(seg)
    print(p, seg, sep=" | ")
# VERIFIED-WITH: mojo 1.2.0
