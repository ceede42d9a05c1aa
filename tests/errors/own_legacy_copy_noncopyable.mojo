# ERA: legacy
struct Box(Movable):
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

fn main():
    var a = Box(1)
    var b = a
    print(a.v, b.v)
# ERROR: 10:13 E0313 cannot be implicitly copied
# MOJO: value of type 'Box' cannot be implicitly copied, it does not conform to 'ImplicitlyCopyable'
# VERIFIED-WITH: mojo 0.25.6
