# A `ref self` method with a `ref` result, read through an immutable argument
# and assigned through on a variable.
struct Pair:
    var first: Int
    var second: Int

    def __init__(out self, a: Int, b: Int):
        self.first = a
        self.second = b

    def first_ref(ref self) -> ref [self.first] Int:
        return self.first

def show(p: Pair):
    print(p.first_ref())

def main():
    var p = Pair(1, 2)
    show(p)
    var q = Pair(5, 6)
    q.first_ref() += 1
    show(q)
# VERIFIED-WITH: mojo 1.2.0
