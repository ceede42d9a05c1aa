def f(x: Int) -> Int:
    return x

def main():
    print(f("three"))
# ERROR: 5:13 E0401 mismatched types
# VERIFIED-WITH: mojo 1.2.0
