def f(x: Int) -> Int:
    return x

def f(x: Int) -> Int:
    return x + 1

def main():
    print(f(1))
# ERROR: 4:5 E0302 invalid redefinition
# VERIFIED-WITH: mojo 1.2.0
