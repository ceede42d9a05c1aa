def main():
    var a = 1
    var b = 2

    def f() {imm, mut}:
        print(a, b)

    f()
# ERROR: 5:19 E0323 default capture convention was already specified
# MOJO: default capture convention was already specified; remove the duplicate
# VERIFIED-WITH: mojo 1.2.0
