def call[F: def(Int) -> Int](f: F, x: Int) -> Int:
    return f(x)

def inc(x: Int) -> Int:
    return x + 1

def main():
    var h = inc
    print(call(h, 1))
# ERROR: 9:16 E0401 cannot be converted from 'def(x: Int) thin -> Int' to 'F'
# MOJO: invalid call to 'call': value passed to 'f' cannot be converted from 'def(x: Int) thin -> Int' to 'F'
# VERIFIED-WITH: mojo 1.2.0
