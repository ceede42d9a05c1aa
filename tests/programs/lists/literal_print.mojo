# A typed list literal builds a List; print shows [a, b, c] and len gives the size.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [3, 1, 2]
    print(xs)
    print(len(xs))
    print(xs[0], xs[2])
    var inferred = [7, 8]
    print(inferred, len(inferred))
