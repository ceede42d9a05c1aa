# benchmark.keep and black_box are identity-like optimisation barriers: values pass through unchanged.
# VERIFIED-WITH: mojo 1.2.0
from std.benchmark import keep, black_box

def main():
    var total = 0
    for i in range(10):
        total += black_box(i)
    keep(total)
    print(total)
    var s = black_box(String("kept"))
    keep(s)
    print(s)
