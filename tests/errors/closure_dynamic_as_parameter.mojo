def apply[f: def(Int) capturing -> Int](x: Int) -> Int:
    return f(x)

def main():
    var k = 5

    def addk(x: Int) {imm k} -> Int:
        return x + k

    print(apply[addk](1))
# ERROR: 10:17 E0701 cannot use a dynamic value in a parameter list
# MOJO: invalid call to 'apply': cannot use a dynamic value in a parameter list
# VERIFIED-WITH: mojo 1.2.0
