@fieldwise_init
struct V:
    var x: Int

    def __getitem__(self, i: Int) -> Int:
        return self.x + i

    def __setitem__(mut self, i: Int, v: Int):
        self.x = v - i

def put(a: V):
    a[0] = 7

def main():
    var a = V(1)
    put(a)
    print(a.x)
# ERROR: 12:5 E0309 mutating method on rvalue
# MOJO: invalid call to '__setitem__': invalid use of mutating method on rvalue of type 'V'
# VERIFIED-WITH: mojo 1.2.0
