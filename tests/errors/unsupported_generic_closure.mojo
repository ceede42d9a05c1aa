def main():
    def show(a: Some[Writable]):
        print(a)

    show(6)
# Valid Mojo (prints 6 with mojo 1.2.0); mojoc must reject it as not supported yet.
# ERROR: 2:9 E0901 not supported yet
# VERIFIED-WITH: mojo 1.2.0
