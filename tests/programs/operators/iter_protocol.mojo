# for-in over a struct: Mojo 1.2 calls __iter__ and then __next__ until it
# raises StopIteration. The iterator declares `comptime Element`.
struct Countdown(Iterator):
    comptime Element = Int
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __iter__(var self) -> Self:
        return self^

    def __next__(mut self) raises StopIteration -> Int:
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1

def main():
    for x in Countdown(3):
        print(x)
    var total = 0
    for x in Countdown(100):
        total += x
    print(total)
# VERIFIED-WITH: mojo 1.2.0
