# Synthesized lifecycle of a @fieldwise_init struct whose fields print:
# fields copied, moved and destroyed in declaration order.
struct C(ImplicitlyCopyable, Movable):
    var x: Int

    def __init__(out self, x: Int):
        self.x = x
        print("init", x)

    def __init__(out self, *, copy: Self):
        self.x = copy.x + 100
        print("copy", copy.x, "->", self.x)

    def __init__(out self, *, deinit move: Self):
        self.x = move.x
        print("move", move.x)

    def __deinit__(deinit self):
        print("del", self.x)


@fieldwise_init
struct Pair(Copyable, Movable):
    var first: C
    var second: C


def main():
    var p = Pair(C(1), C(2))
    print("made")
    var q = p.copy()
    print("copied", q.first.x, q.second.x)
    var r = p^
    print("moved", r.first.x, r.second.x)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
