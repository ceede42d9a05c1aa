def main():
    var k = 2

    def scale(x: Int) {imm k} -> Int:
        return x * k

    print(scale(1, 2))
# ERROR: 7:20 E0501 unexpected argument
# MOJO: invalid call to '__call__': unexpected argument
# VERIFIED-WITH: mojo 1.2.0
