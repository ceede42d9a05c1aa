# __call__ makes an instance callable; overloads by argument count.
struct Adder:
    var base: Int

    def __init__(out self, base: Int):
        self.base = base

    def __call__(self, x: Int) -> Int:
        return self.base + x

    def __call__(self, x: Int, y: Int) -> Int:
        return self.base + x * y

@fieldwise_init
struct Counter:
    var n: Int

    def __call__(mut self) -> Int:
        self.n += 1
        return self.n

def main():
    var add5 = Adder(5)
    print(add5(1), add5(10))
    print(add5(2, 3))
    var c = Counter(0)
    _ = c()
    _ = c()
    print(c())
# VERIFIED-WITH: mojo 1.2.0
