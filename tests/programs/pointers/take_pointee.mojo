# take_pointee() (deprecated) and unsafe_take_pointee() move the value out of memory into a new owner; the slot is left uninitialized and is never destroyed.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import unsafe_alloc


struct Noisy(Movable):
    var v: Int

    def __init__(out self, v: Int):
        self.v = v
        print("init", v)

    def __init__(out self, *, deinit move: Self):
        self.v = move.v
        print("move", move.v)

    def __deinit__(deinit self):
        print("del", self.v)


def main():
    var p = unsafe_alloc[Noisy](2)
    p.unsafe_write(Noisy(1))
    p.unsafe_offset(1).unsafe_write(Noisy(2))
    print("filled")
    var t = p.take_pointee()
    print("took", t.v)
    var u = p.unsafe_offset(1).unsafe_take_pointee()
    print("took", u.v)
    p.unsafe_free()
    print("end")
