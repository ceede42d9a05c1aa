# shuffle(list) permutes in place: same length and same elements afterwards.
# VERIFIED-WITH: mojo 1.2.0
from std.random import seed, shuffle

def main():
    seed(3)
    var xs: List[Int] = [1, 2, 3, 4, 5, 6, 7, 8]
    shuffle(xs)
    print(len(xs))
    sort(xs)
    print(xs)
