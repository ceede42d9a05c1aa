def main():
    var x = 1

    def f() {imm y} -> Int:
        return x

    print(f())
# ERROR: 4:14 E0301 unknown value: y
# MOJO: reference to an unknown value: y
# VERIFIED-WITH: mojo 1.2.0
