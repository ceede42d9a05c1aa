# ERA: legacy
@fieldwise_init
struct V(Copyable, Movable):
    var x: Int

    fn __add__(self, o: Self) -> Self:
        return V(self.x + o.x)

fn main():
    var a = V(1)
    a += V(2)
    print(a.x)
# ERROR: 11:7 E0403 does not implement the '__iadd__' method
# MOJO: 'V' does not implement the '__iadd__' method
# VERIFIED-WITH: mojo 0.25.6
