# ERA: legacy
struct Point:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int):
        self.x = x

fn main():
    var p = Point(1)
    print(p.x)
# ERROR: 6:8 E0317 'self.y' is uninitialized at the implicit return
# MOJO: 'self.y' is uninitialized at the implicit return from this function
# VERIFIED-WITH: mojo 0.25.6
