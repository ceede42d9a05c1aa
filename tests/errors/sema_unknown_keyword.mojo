def f(a: Int, b: Int = 2) -> Int:
    return a + b

def main():
    print(f(1, c=3))
# ERROR: 5:18 E0502 unknown keyword argument
# VERIFIED-WITH: mojo 1.2.0
