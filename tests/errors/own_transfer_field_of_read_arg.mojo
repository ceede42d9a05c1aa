struct Inner:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

struct Outer:
    var inner: Inner

    def __init__(out self):
        self.inner = Inner(1)

def consume(var i: Inner) -> Int:
    return i.v

def take_inner(o: Outer) -> Int:
    return consume(o.inner^)

def main():
    print(take_inner(Outer()))
# ERROR: 17:27 E0321 cannot transfer out of immutable reference
# MOJO: cannot transfer out of immutable reference
# VERIFIED-WITH: mojo 1.2.0
