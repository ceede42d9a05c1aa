# pop() removes and returns the last element; pop(i) removes at an index.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [10, 20, 30, 40]
    var last = xs.pop()
    print(last, xs)
    var first = xs.pop(0)
    print(first, xs)
    var mid = xs.pop(1)
    print(mid, xs, len(xs))
