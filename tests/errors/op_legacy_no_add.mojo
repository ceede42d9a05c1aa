# ERA: legacy
@fieldwise_init
struct V:
    var x: Int

fn main():
    var a = V(1)
    var b = V(2)
    var c = a + b
    print(c.x)
# ERROR: 9:15 E0403 does not implement the '__add__' method
# MOJO: 'V' does not implement the '__add__' method
# VERIFIED-WITH: mojo 0.25.6
