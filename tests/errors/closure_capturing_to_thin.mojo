def apply(f: def(Int) thin -> Int, x: Int) -> Int:
    return f(x)

def main():
    var k = 5

    def addk(x: Int) {imm k} -> Int:
        return x + k

    print(apply(addk, 1))
# ERROR: 10:17 E0401 cannot be converted from 'def(x: Int) -> Int' to 'def(Int) thin -> Int'
# MOJO: invalid call to 'apply': value passed to 'f' cannot be converted from 'def(x: Int) -> Int' to 'def(Int) thin -> Int'
# VERIFIED-WITH: mojo 1.2.0
