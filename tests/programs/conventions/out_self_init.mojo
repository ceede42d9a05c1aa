# Constructors take `out self`; several overloads, one delegating.
struct Color(Writable):
    var r: Int
    var g: Int
    var b: Int

    def __init__(out self, r: Int, g: Int, b: Int):
        self.r = r
        self.g = g
        self.b = b

    def __init__(out self, grey: Int):
        self = Color(grey, grey, grey)

    def __init__(out self):
        self.r = 0
        self.g = 0
        self.b = 0
        self.b = 255

    def write_to(self, mut writer: Some[Writer]):
        writer.write("rgb(", self.r, ",", self.g, ",", self.b, ")")

def main():
    print(Color(1, 2, 3))
    print(Color(128))
    print(Color())
# VERIFIED-WITH: mojo 1.2.0
