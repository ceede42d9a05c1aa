struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    def reset(self):
        self.n = 0

def main():
    var c = Counter()
    c.reset()
    print(c.n)
# ERROR: 8:13 E0309 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
