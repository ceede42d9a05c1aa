def shout(s: String) -> Int:
    return 1

def apply(f: def(Int) thin -> Int, x: Int) -> Int:
    return f(x)

def main():
    print(apply(shout, 3))
# ERROR: 8:17 E0401 cannot be converted from 'def shout(s: String) thin -> Int'
# MOJO: invalid call to 'apply': value passed to 'f' cannot be converted from 'def shout(s: String) thin -> Int' to 'def(Int) thin -> Int'
# VERIFIED-WITH: mojo 1.2.0
