# Span views a List without copying: len, indexing, iteration, slicing (xs[a:b] is a Span), and passing to a function.
# VERIFIED-WITH: mojo 1.2.0
def total(s: Span[Int, _]) -> Int:
    var t = 0
    for x in s:
        t += x
    return t


def main():
    var xs: List[Int] = [1, 2, 3, 4, 5]
    var s = Span(xs)
    print(len(s), s[0], s[4], total(s))
    var part = xs[1:4]
    print(len(part), part[0], part[2], total(part))
    for x in part:
        print(x)
    var tail = s[2:]
    print(len(tail), tail[0], total(tail))
    print(total(xs[::2]), len(s[:0]))
