def main():
    def inner() -> Int:
        return 1
    print(inner())
# Valid Mojo (compiles with mojo 1.2.0); mojoc must reject it as not supported yet.
# ERROR: 2:5 E0901 not supported yet
# VERIFIED-WITH: mojo 1.2.0
