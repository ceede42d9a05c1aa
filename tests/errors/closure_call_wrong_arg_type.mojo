def main():
    var k = 2

    def scale(x: Int) {imm k} -> Int:
        return x * k

    print(scale("three"))
# ERROR: 7:17 E0401 value passed to 'x' cannot be converted from
# MOJO: invalid call to '__call__': value passed to 'x' cannot be converted from 'StringLiteral["three"]' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
