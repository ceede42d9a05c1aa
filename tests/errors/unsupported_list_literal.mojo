def main():
    var xs = [1, 2, 3]
    print(len(xs))
# Valid Mojo (compiles with mojo 1.2.0); mojoc must reject it as not supported yet.
# ERROR: 2:14 E0901 not supported yet
# VERIFIED-WITH: mojo 1.2.0
