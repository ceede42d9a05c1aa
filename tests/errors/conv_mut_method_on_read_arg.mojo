struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    def bump(mut self):
        self.n += 1

def use(c: Counter):
    c.bump()

def main():
    var c = Counter()
    use(c)
    print(c.n)
# ERROR: 11:5 E0309 mutating method on rvalue
# MOJO: invalid call to 'bump': invalid use of mutating method on rvalue of type 'Counter'
# VERIFIED-WITH: mojo 1.2.0
