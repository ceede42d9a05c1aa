# swap_pointees exchanges the values behind two pointers, and a pointer to a struct reaches its fields with p[].field.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import unsafe_alloc


@fieldwise_init
struct Point(Copyable, Movable, Writable):
    var x: Int
    var y: Int


def main():
    var p = unsafe_alloc[Point](2)
    p.unsafe_write(Point(1, 2))
    p.unsafe_offset(1).unsafe_write(Point(30, 40))
    print(p[unsafe_offset=0], p[unsafe_offset=1])
    p[].x = 5
    p.unsafe_offset(1)[].y += 2
    print(p[unsafe_offset=0], p[unsafe_offset=1])
    p.swap_pointees(p.unsafe_offset(1))
    print(p[unsafe_offset=0], p[unsafe_offset=1])
    var a = 1
    var b = 2
    Pointer(to=a).swap_pointees(Pointer(to=b))
    print(a, b)
    p.unsafe_deinit_pointee()
    p.unsafe_offset(1).unsafe_deinit_pointee()
    p.unsafe_free()
