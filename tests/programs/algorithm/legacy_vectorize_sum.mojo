# Legacy edition: a vectorized sum over an UnsafePointer buffer, accumulated in a captured variable.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from algorithm import vectorize
from memory import UnsafePointer


fn main():
    alias n = 37
    var p = UnsafePointer[Float32].alloc(n)
    for i in range(n):
        p[i] = Float32(i) * 0.5
    var acc: Float32 = 0

    @parameter
    fn add[width: Int](i: Int):
        acc += p.load[width=width](i).reduce_add()

    vectorize[add, 8](n)
    print(acc)

    @parameter
    fn scale[width: Int](i: Int):
        p.store(i, p.load[width=width](i) * 2)

    vectorize[scale, 16](n)
    print(p[0], p[1], p[36])
    p.free()
