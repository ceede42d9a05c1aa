# `where` clauses on functions, methods and a struct restrict parameter values; every use here satisfies them (comparisons, `and`, arithmetic).
# VERIFIED-WITH: mojo 1.2.0
def positive_only[n: Int]() -> Int where n > 0:
    return n * 10

def scale[T: Intable, k: Int](x: T) -> Int where k > 0 and k < 100:
    return Int(x) * k

def forward[m: Int]() -> Int where m > 0:
    return positive_only[m]()

struct Ring[size: Int] where size > 1:
    var pos: Int

    def __init__(out self):
        self.pos = 0

    def step(mut self):
        self.pos = (self.pos + 1) % Self.size

    def jump[by: Int](mut self) where by != 0:
        self.pos = (self.pos + by) % Self.size

def main():
    print(positive_only[1](), positive_only[25]())
    print(scale[k=3](7), scale[Int8, 99](Int8(2)))
    print(forward[4]())
    var r = Ring[3]()
    for _ in range(7):
        r.step()
    print(r.pos)
    r.jump[5]()
    print(r.pos)
