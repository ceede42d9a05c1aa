# unsafe_deinit_pointee() runs the destructor of the value in memory without freeing the memory; the slot can then be reused.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import unsafe_alloc


struct Tracked(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("create", name)

    def __init__(out self, *, deinit move: Self):
        self.name = move.name^
        print("move", self.name)

    def __deinit__(deinit self):
        print("destroy", self.name)


def main():
    var p = unsafe_alloc[Tracked](1)
    p.unsafe_write(Tracked("first"))
    print("holding", p[unsafe_offset=0].name)
    p.unsafe_deinit_pointee()
    p.unsafe_write(Tracked("second"))
    print("holding", p[unsafe_offset=0].name)
    p.unsafe_deinit_pointee()
    p.unsafe_free()
    print("done")
