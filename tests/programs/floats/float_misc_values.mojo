# VERIFIED-WITH: mojo 1.2.0
def main():
    print(3.14159, 2.718281828459045)
    print(1.0 / 7.0, 2.0 / 3.0)
    print(0.5, 0.25, 0.125)
    print(1e100, 1e-100)
    print(9007199254740993.0)
    print(4.35, 0.3, 1.1 * 1.1)
