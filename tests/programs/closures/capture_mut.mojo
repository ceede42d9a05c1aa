# {mut x} captures by mutable reference: writes inside the closure change the outer variable.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var total = 0

    def accumulate(x: Int) {mut total}:
        total += x

    accumulate(10)
    accumulate(20)
    print(total)
    total = 100
    accumulate(1)
    print(total)

    var lo = 0
    var hi = 0

    def track(x: Int) {mut}:
        if x < lo:
            lo = x
        if x > hi:
            hi = x

    track(4)
    track(-7)
    track(9)
    track(2)
    print(lo, hi)
