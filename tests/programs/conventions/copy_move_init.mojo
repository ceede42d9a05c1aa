# The copy constructor `__init__(out self, *, copy: Self)` runs for implicit
# copies of an ImplicitlyCopyable struct while the source is still used
# later. Passing with `^` (or a value's last use) transfers without a copy.
struct Res(ImplicitlyCopyable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id

    def __init__(out self, *, copy: Self):
        self.id = copy.id + 100
        print("copy", copy.id)

    def __init__(out self, *, deinit move: Self):
        self.id = move.id
        print("move", move.id)

def take(var r: Res) -> Int:
    return r.id

def main():
    var a = Res(1)
    var b = a
    print(a.id, b.id)
    print(take(a))
    print(a.id)
    print(take(b^))
    var c = Res(7)
    var d = c^
    print(d.id)
# VERIFIED-WITH: mojo 1.2.0
