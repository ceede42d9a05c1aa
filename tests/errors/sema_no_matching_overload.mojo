def f(x: Int) -> Int:
    return x

def f(x: Float64) -> Float64:
    return x

def main():
    print(f("s"))
# ERROR: 8:13 E0503 no matching function in call
# VERIFIED-WITH: mojo 1.2.0
