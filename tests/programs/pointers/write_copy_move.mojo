# p.unsafe_write(copy=x) copy-initializes the slot (x stays alive); p.unsafe_write(v^) moves v in; traces show each lifecycle call.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import unsafe_alloc


struct Noisy(Copyable, Movable):
    var v: Int

    def __init__(out self, v: Int):
        self.v = v
        print("init", v)

    def __init__(out self, *, copy: Self):
        self.v = copy.v
        print("copy", copy.v)

    def __init__(out self, *, deinit move: Self):
        self.v = move.v
        print("move", move.v)

    def __deinit__(deinit self):
        print("del", self.v)


def main():
    var p = unsafe_alloc[Noisy](2)
    var a = Noisy(1)
    p.unsafe_write(copy=a)
    print("a still", a.v)
    var b = Noisy(2)
    p.unsafe_offset(1).unsafe_write(b^)
    print("stored", p[unsafe_offset=0].v, p[unsafe_offset=1].v)
    p.unsafe_offset(0).unsafe_deinit_pointee()
    p.unsafe_offset(1).unsafe_deinit_pointee()
    p.unsafe_free()
    print("end")
