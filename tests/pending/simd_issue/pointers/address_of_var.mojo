# UnsafePointer(to=x) points at a local variable; writing through p[] changes the variable itself.
# VERIFIED-WITH: mojo 1.2.0
def bump[o: MutOrigin](p: UnsafePointer[Int, o]):
    p[] += 1


def main():
    var x = 10
    var p = UnsafePointer(to=x)
    p[] = 42
    print(x)
    bump(p)
    bump(p)
    print(x, p[])
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    var q = UnsafePointer(to=v)
    q[][2] = 30
    print(v)
    var s = String("ab")
    var ps = UnsafePointer(to=s)
    ps[] += "cd"
    print(s, ps[].byte_length())
