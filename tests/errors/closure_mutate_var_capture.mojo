def main():
    var n = 10

    def counter() {var n} -> Int:
        n += 1
        return n

    print(counter())
# ERROR: 5:9 E0309 must be mutable for in-place operator
# MOJO: expression must be mutable for in-place operator destination
# VERIFIED-WITH: mojo 1.2.0
