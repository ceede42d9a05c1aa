# Mutation through `mut self`, visible to the caller.
struct Counter:
    var count: Int
    var step: Int

    def __init__(out self, step: Int):
        self.count = 0
        self.step = step

    def tick(mut self):
        self.count += self.step

    def tick_n(mut self, n: Int):
        for _ in range(n):
            self.tick()

    def reset(mut self) -> Int:
        var old = self.count
        self.count = 0
        return old

    def get(self) -> Int:
        return self.count


def main():
    var c = Counter(3)
    c.tick()
    print(c.get())
    c.tick_n(4)
    print(c.get())
    print(c.reset(), c.get())
    c.step = 10
    c.tick()
    print(c.count)
# VERIFIED-WITH: mojo 1.2.0
