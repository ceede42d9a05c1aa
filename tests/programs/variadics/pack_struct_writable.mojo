# A heterogeneous pack mixing user Writable structs with builtin values, printed element by element.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Point(Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")

@fieldwise_init
struct Tag(Writable):
    var name: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("<", self.name, ">")

def show_all[*Ts: Writable](*items: *Ts):
    comptime for i in range(items.__len__()):
        print(String(i) + ":", items[i])

def main():
    show_all(Point(1, 2), Tag("b"), 3, "four")
    show_all(Tag("only"))
    var p = Point(-1, 0)
    show_all(p, p)
