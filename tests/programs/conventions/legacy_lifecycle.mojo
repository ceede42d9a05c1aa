# ERA: legacy
# Legacy (Mojo 0.25) lifecycle methods: __copyinit__ and __moveinit__.
struct Res(Copyable, Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 100
        print("copy", existing.id)

    fn __moveinit__(out self, deinit existing: Self):
        self.id = existing.id
        print("move", existing.id)

fn take(var r: Res) -> Int:
    return r.id

fn main():
    var a = Res(1)
    var b = a.copy()
    print(a.id, b.id)
    print(take(a.copy()))
    print(take(b^))
    var c = Res(7)
    var d = c^
    print(d.id)
# VERIFIED-WITH: mojo 0.25.6
