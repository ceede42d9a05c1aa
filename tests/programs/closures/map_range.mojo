# "Map over a range": a generic driver calls a closure per index; results flow out through {mut} captures.
# VERIFIED-WITH: mojo 1.2.0
def for_range[F: def(Int) -> None](start: Int, stop: Int, f: F):
    for i in range(start, stop):
        f(i)

def map_sum[F: def(Int) -> Int](n: Int, f: F) -> Int:
    var s = 0
    for i in range(n):
        s += f(i)
    return s

def main():
    var squares = String("")

    def collect(i: Int) {mut squares}:
        if i > 1:
            squares = squares + ","
        squares = squares + String(i * i)

    for_range(1, 6, collect)
    print(squares)
    print(map_sum(5, lambda (i: Int) -> Int: i * i))
    var offset = 10

    def shifted(i: Int) {imm offset} -> Int:
        return i + offset

    print(map_sum(4, shifted))
