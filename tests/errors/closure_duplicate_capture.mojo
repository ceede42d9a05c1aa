def main():
    var x = 1

    def f() {imm x, mut x}:
        print(x)

    f()
# ERROR: 4:21 E0323 duplicate capture of 'x'
# MOJO: duplicate capture of 'x'; remove the duplicate entry
# VERIFIED-WITH: mojo 1.2.0
