# A `comptime assert` whose condition is false in a non-generic function is rejected.
comptime N = 4

def main():
    print(N)
    comptime assert N > 10, "N is too small"
# ERROR: 4:5 E0702 constraint failed: N is too small
# MOJO: function instantiation failed
# MOJO-NOTE: constraint failed: N is too small
# VERIFIED-WITH: mojo 1.2.0
