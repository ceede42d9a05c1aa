# A collection struct whose __iter__ returns a separate iterator struct.
struct StepIter(Iterator):
    comptime Element = Int
    var cur: Int
    var stop: Int
    var step: Int

    def __init__(out self, start: Int, stop: Int, step: Int):
        self.cur = start
        self.stop = stop
        self.step = step

    def __next__(mut self) raises StopIteration -> Int:
        if self.cur >= self.stop:
            raise StopIteration()
        var v = self.cur
        self.cur += self.step
        return v

@fieldwise_init
struct Evens:
    var limit: Int

    def __iter__(self) -> StepIter:
        return StepIter(0, self.limit, 2)

def main():
    var e = Evens(9)
    for v in e:
        print(v, end=" ")
    print()
    for v in e:
        if v == 4:
            break
        print(v)
# VERIFIED-WITH: mojo 1.2.0
