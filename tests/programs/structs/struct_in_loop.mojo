# A struct updated in loops, and new structs built each iteration.
@fieldwise_init
struct Acc(ImplicitlyCopyable, Movable):
    var sum: Int
    var max: Int
    var count: Int

    def push(mut self, v: Int):
        self.sum += v
        if self.count == 0 or v > self.max:
            self.max = v
        self.count += 1


def main():
    var acc = Acc(0, 0, 0)
    var i = 0
    while i < 6:
        acc.push((i * 7) % 5)
        i += 1
    print(acc.sum, acc.max, acc.count)
    for k in range(3):
        var t = Acc(k, k, 1)
        t.push(10 * k)
        print(k, t.sum, t.max, t.count)
# VERIFIED-WITH: mojo 1.2.0
