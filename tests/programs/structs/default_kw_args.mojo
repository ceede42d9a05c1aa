# Constructor and method default arguments and keyword arguments.
struct Config:
    var size: Int
    var ratio: Float64
    var name: String

    def __init__(out self, size: Int, ratio: Float64 = 1.0, name: String = "cfg"):
        self.size = size
        self.ratio = ratio
        self.name = name

    def scaled(self, factor: Int = 2) -> Int:
        return self.size * factor

    def show(self):
        print(self.name, self.size, self.ratio)


def main():
    Config(1).show()
    Config(2, 0.5).show()
    Config(3, name="named").show()
    Config(name="kw", ratio=2.0, size=4).show()
    var c = Config(5)
    print(c.scaled(), c.scaled(3), c.scaled(factor=10))
# VERIFIED-WITH: mojo 1.2.0
