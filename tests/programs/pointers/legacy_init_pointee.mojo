# Legacy edition: init_pointee_copy/init_pointee_move/take_pointee/destroy_pointee with __copyinit__/__moveinit__/__del__ traces.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from memory import UnsafePointer


struct Noisy(Copyable, Movable):
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v
        print("init", v)

    fn __copyinit__(out self, existing: Self):
        self.v = existing.v
        print("copy", existing.v)

    fn __moveinit__(out self, deinit existing: Self):
        self.v = existing.v
        print("move", existing.v)

    fn __del__(deinit self):
        print("del", self.v)


fn main():
    var p = UnsafePointer[Noisy].alloc(3)
    var a = Noisy(1)
    p.init_pointee_copy(a)
    (p + 1).init_pointee_move(Noisy(2))
    print("stored", p[0].v, p[1].v)
    var t = p.take_pointee()
    print("took", t.v)
    (p + 1).destroy_pointee()
    print("end", a.v)
    p.free()
