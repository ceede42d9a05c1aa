def f(a: Int, b: Int) -> Int:
    return a + b

def main():
    print(f(1))
# ERROR: 5:12 E0506 missing required argument
# VERIFIED-WITH: mojo 1.2.0
