struct Inner:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

struct Outer:
    var inner: Inner
    var n: Int

    def __init__(out self):
        self.inner = Inner(1)
        self.n = 2

def show(o: Outer):
    print(o.n)

def main():
    var o = Outer()
    var i = o.inner^
    print(i.v)
    show(o)
# ERROR: 22:9 E0312 uninitialized value 'o.inner'
# MOJO: use of uninitialized value 'o.inner'
# VERIFIED-WITH: mojo 1.2.0
