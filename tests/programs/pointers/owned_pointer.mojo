# OwnedPointer owns one heap value: o[] reads and writes it, and the value is destroyed with the pointer.
# VERIFIED-WITH: mojo 1.2.0
from std.memory import OwnedPointer


struct Item(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("make", id)

    def __init__(out self, *, deinit move: Self):
        self.id = move.id
        print("move", move.id)

    def __deinit__(deinit self):
        print("drop", self.id)


def main():
    var o = OwnedPointer(String("hi"))
    print(o[])
    o[] = "bye"
    print(o[], o[].byte_length())
    var n = OwnedPointer(5)
    n[] += 10
    print(n[])
    var it = OwnedPointer(Item(7))
    print("holding", it[].id)
    it[].id = 8
    print("before end")
    print("last use", it[].id)
    print("after")
