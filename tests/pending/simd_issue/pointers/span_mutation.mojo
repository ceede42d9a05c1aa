# A Span over a mutable List writes through to the List; a function taking a mutable Span can fill it.
# VERIFIED-WITH: mojo 1.2.0
def fill_squares(s: Span[mut=True, Int, _]):
    for i in range(len(s)):
        s[i] = i * i


def main():
    var xs: List[Int] = [0, 0, 0, 0, 0]
    fill_squares(Span(xs))
    print(xs)
    var s = Span(xs)
    s[0] = -1
    print(xs[0])
    fill_squares(xs[3:])
    print(xs)
    var fs: List[Float32] = [1.5, 2.5, 3.5]
    var fspan = Span(fs)
    for i in range(len(fspan)):
        fspan[i] *= 2
    print(fs)
