# Summing, finding min/max and averaging a List with a plain loop.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [4, -2, 9, 1]
    var total = 0
    var lo = xs[0]
    var hi = xs[0]
    for x in xs:
        total += x
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    print(total, lo, hi)
    print(Float64(total) / Float64(len(xs)))
    print(min(3, 1, 2), max(3, 1, 2))
