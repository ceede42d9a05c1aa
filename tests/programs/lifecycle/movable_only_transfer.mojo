# Movable-only (non-copyable) values transferred with ^ through calls and variables.
struct Token(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("new token", id)

    def __init__(out self, *, deinit move: Self):
        self.id = move.id
        print("move token", move.id)

    def __deinit__(deinit self):
        print("drop token", self.id)


def consume(var t: Token):
    print("consume", t.id)


def forward(var t: Token) -> Token:
    print("forward", t.id)
    return t^


def main():
    var a = Token(1)
    consume(a^)
    print("--")
    var b = Token(2)
    var c = forward(b^)
    print("c", c.id)
    print("--")
    var d = c^
    print("d", d.id)
    consume(d^)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
