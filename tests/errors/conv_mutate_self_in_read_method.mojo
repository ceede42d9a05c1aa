struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    def bump(self):
        self.n += 1

def main():
    var c = Counter()
    c.bump()
    print(c.n)
# ERROR: 8:13 E0309 must be mutable for in-place operator
# MOJO: expression must be mutable for in-place operator destination
# VERIFIED-WITH: mojo 1.2.0
