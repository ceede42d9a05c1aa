def main():
    var total = 0

    def add(x: Int) {imm total}:
        total += x

    add(5)
    print(total)
# ERROR: 5:9 E0309 must be mutable for in-place operator
# MOJO: expression must be mutable for in-place operator destination
# VERIFIED-WITH: mojo 1.2.0
