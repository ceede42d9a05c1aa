# .eq .ne .lt .le .gt .ge compare lane by lane and return a bool vector (a mask), also against a splatted literal.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](1, 5, 3, 8)
    var b = SIMD[DType.int32, 4](2, 5, 1, 8)
    print(a.eq(b))
    print(a.ne(b))
    print(a.lt(b))
    print(a.le(b))
    print(a.gt(b))
    print(a.ge(b))
    print(a.eq(5), a.gt(2))
    var f = SIMD[DType.float32, 4](1.5, -2.5, 0.0, 3.25)
    print(f.lt(0), f.ge(0.0))
    var u = SIMD[DType.uint8, 4](0, 128, 255, 1)
    print(u.gt(127))
    print(a.gt(b).cast[DType.int32]())
