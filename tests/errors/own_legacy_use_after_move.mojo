# ERA: legacy
struct Box(Movable):
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

fn consume(owned b: Box) -> Int:
    return b.v

fn main():
    var a = Box(1)
    print(consume(a^))
    print(a.v)
# ERROR: 14:10 E0312 uninitialized value 'a'
# MOJO: use of uninitialized value 'a'
# VERIFIED-WITH: mojo 0.25.6
