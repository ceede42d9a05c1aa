def f(a: Int, b: Int) -> Int:
    return a + b

def main():
    print(f(1, 2, 3))
# ERROR: 5:19 E0501 wrong number of arguments
# VERIFIED-WITH: mojo 1.2.0
