struct Pair:
    var first: Int
    var second: Int

    def __init__(out self, a: Int, b: Int):
        self.first = a
        self.second = b

    def first_ref(ref self) -> ref [self] Int:
        return self.first

def main():
    var p = Pair(1, 2)
    print(p.first_ref())
# ERROR: 10:20 E0399 incompatible origin
# MOJO: cannot return reference with incompatible origin: 'origin_of(self.first)' vs 'origin_of(self)'
# VERIFIED-WITH: mojo 1.2.0
