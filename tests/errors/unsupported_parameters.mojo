def twice[n: Int]() -> Int:
    return n * 2

def main():
    print(twice[3]())
# Valid Mojo (compiles with mojo 1.2.0); mojoc must reject it as not supported yet.
# ERROR: 1:10 E0901 not supported yet
# VERIFIED-WITH: mojo 1.2.0
