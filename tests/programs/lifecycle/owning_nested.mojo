# A struct whose fields are owning structs: synthesized move moves each field,
# destruction frees the fields in declaration order after the outer __deinit__.
from std.memory.alloc import unsafe_alloc


struct Block(Movable):
    var p: Pointer[Int, MutUntrackedOrigin]
    var tag: String

    def __init__(out self, tag: String):
        self.p = unsafe_alloc[Int](2)
        self.p[unsafe_offset=0] = 1
        self.p[unsafe_offset=1] = 2
        self.tag = tag
        print("alloc", tag)

    def __init__(out self, *, deinit move: Self):
        self.p = move.p
        self.tag = move.tag
        print("move", self.tag)

    def __deinit__(deinit self):
        print("free", self.tag)
        self.p.unsafe_free()


struct Pairing(Movable):
    var left: Block
    var right: Block

    def __init__(out self):
        self.left = Block("L")
        self.right = Block("R")

    def __deinit__(deinit self):
        print("Pairing del", self.left.tag, self.right.tag)


def main():
    var a = Pairing()
    print("made", a.left.p[unsafe_offset=1])
    var b = a^
    print("moved", b.right.tag)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
