struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    def add(mut self, k: Int):
        self.n += k

def main():
    var c = Counter()
    c.add("three")
    print(c.n)
# ERROR: 12:11 E0401 cannot be converted from
# MOJO: invalid call to 'add': value passed to 'k' cannot be converted from 'StringLiteral["three"]' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
