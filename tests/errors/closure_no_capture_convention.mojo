def main():
    var base = 10

    def add_base(x: Int) -> Int:
        return x + base

    print(add_base(1))
# ERROR: 5:20 E0322 capture convention of the captured value base
# MOJO: Could not infer capture convention of the captured value base
# VERIFIED-WITH: mojo 1.2.0
