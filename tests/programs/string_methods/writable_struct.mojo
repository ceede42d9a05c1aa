# A struct implementing Writable prints with print() and converts with String().
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Point(Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Point(", self.x, ", ", self.y, ")")

def main():
    var p = Point(1, -2)
    print(p)
    var s = String(p)
    print(s.byte_length(), s)
    print("at " + String(p))
    print("{} and {}".format(p, Point(0, 0)))
