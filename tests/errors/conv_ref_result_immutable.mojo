struct Pair:
    var first: Int
    var second: Int

    def __init__(out self, a: Int, b: Int):
        self.first = a
        self.second = b

    def first_ref(ref self) -> ref [self.first] Int:
        return self.first

def set_it(p: Pair):
    p.first_ref() = 3

def main():
    var p = Pair(1, 2)
    set_it(p)
# ERROR: 13:16 E0309 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
