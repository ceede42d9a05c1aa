# A `comptime assert` inside a generic function fails only for the instantiation that violates it.
def lanes[n: Int]() -> Int:
    comptime assert n > 0, "n must be positive"
    return 8 // n

def main():
    print(lanes[2]())
    print(lanes[0]())
# ERROR: 6:5 E0702 constraint failed: n must be positive
# MOJO: function instantiation failed
# MOJO-NOTE: constraint failed: n must be positive
# VERIFIED-WITH: mojo 1.2.0
