def f(a: Int, b: Int) -> Int:
    return a + b

def main():
    print(f(a=1, 2))
# ERROR: 5:18 E0207 positional argument follows keyword argument
# VERIFIED-WITH: mojo 1.2.0
