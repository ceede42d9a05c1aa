# Fixed-width integer and Float32 fields keep their own arithmetic.
struct Pixel:
    var r: UInt8
    var g: UInt8
    var b: UInt8
    var alpha: Float32
    var id: Int32
    var big: UInt

    def __init__(out self, r: UInt8, g: UInt8, b: UInt8):
        self.r = r
        self.g = g
        self.b = b
        self.alpha = 0.25
        self.id = -5
        self.big = 7

    def brighten(mut self, d: UInt8):
        self.r += d
        self.g += d
        self.b += d


def main():
    var p = Pixel(250, 100, 0)
    p.brighten(10)
    print(p.r, p.g, p.b)
    p.alpha = p.alpha * 3.0
    p.id = p.id * 3
    p.big = p.big * 6
    print(p.alpha, p.id, p.big)
# VERIFIED-WITH: mojo 1.2.0
