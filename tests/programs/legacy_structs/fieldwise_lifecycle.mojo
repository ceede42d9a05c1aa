# Legacy @fieldwise_init struct whose fields print: synthesized copy/move/del
# handle fields in declaration order.
# ERA: legacy
struct C(ImplicitlyCopyable, Movable):
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x
        print("init", x)

    fn __copyinit__(out self, existing: Self):
        self.x = existing.x + 100
        print("copy", existing.x, "->", self.x)

    fn __moveinit__(out self, owned existing: Self):
        self.x = existing.x
        print("move", existing.x)

    fn __del__(owned self):
        print("del", self.x)


@fieldwise_init
struct Pair(Copyable, Movable):
    var first: C
    var second: C


fn main():
    var p = Pair(C(1), C(2))
    print("made")
    var q = p.copy()
    print("copied", q.first.x, q.second.x)
    var r = p^
    print("moved", r.first.x, r.second.x)
    print("end")
# VERIFIED-WITH: mojo 0.25.6
