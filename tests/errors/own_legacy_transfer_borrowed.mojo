# ERA: legacy
struct Box(Movable):
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

fn consume(owned b: Box) -> Int:
    return b.v

fn forward(read b: Box) -> Int:
    return consume(b^)

fn main():
    print(forward(Box(1)))
# ERROR: 12:21 E0321 cannot transfer out of immutable reference
# MOJO: cannot transfer out of immutable reference
# VERIFIED-WITH: mojo 0.25.6
