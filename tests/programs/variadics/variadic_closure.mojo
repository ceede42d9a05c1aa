# Closures meet variadics: a closure is applied to every element of `*values`, accumulating via {mut}.
# VERIFIED-WITH: mojo 1.2.0
def for_each[F: def(Int) -> None](f: F, *values: Int):
    for v in values:
        f(v)

def map_sum[F: def(Int) -> Int](f: F, *values: Int) -> Int:
    var s = 0
    for i in range(len(values)):
        s += f(values[i])
    return s

def main():
    var count = 0
    var biggest = 0

    def track(v: Int) {mut count, mut biggest}:
        count += 1
        if v > biggest:
            biggest = v

    for_each(track, 3, 9, 4)
    print(count, biggest)
    print(map_sum(lambda (x: Int) -> Int: x * x, 1, 2, 3))
    var k = 100

    def plus_k(x: Int) {imm k} -> Int:
        return x + k

    print(map_sum(plus_k, 1, 2))
    print(map_sum(plus_k))
