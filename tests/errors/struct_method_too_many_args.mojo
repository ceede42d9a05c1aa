struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    def add(mut self, k: Int):
        self.n += k

def main():
    var c = Counter()
    c.add(1, 2)
    print(c.n)
# ERROR: 12:14 E0501 unexpected argument
# MOJO: invalid call to 'add': unexpected argument
# VERIFIED-WITH: mojo 1.2.0
