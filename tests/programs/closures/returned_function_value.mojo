# A function returning a thin function value, called directly and through a variable.
# VERIFIED-WITH: mojo 1.2.0
def double(x: Int) -> Int:
    return x * 2

def negate(x: Int) -> Int:
    return -x

def pick(neg: Bool) -> def(Int) thin -> Int:
    if neg:
        return negate
    return double

def main():
    print(pick(False)(5))
    var g = pick(True)
    print(g(5), pick(True)(pick(False)(3)))
