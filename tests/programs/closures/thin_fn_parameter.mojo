# A top-level function passed as a compile-time parameter of type `def(Int) thin -> Int`.
# VERIFIED-WITH: mojo 1.2.0
def double(x: Int) -> Int:
    return x * 2

def negate(x: Int) -> Int:
    return -x

def apply[f: def(Int) thin -> Int](x: Int) -> Int:
    return f(x)

def apply_twice[f: def(Int) thin -> Int](x: Int) -> Int:
    return f(f(x))

def main():
    print(apply[double](5))
    print(apply[negate](5))
    print(apply_twice[double](5))
    print(apply_twice[negate](5))
    print(apply[double](apply[negate](7)))
