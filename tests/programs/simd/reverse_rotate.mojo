# reversed() flips lane order; rotate_left/right[n] rotate lanes (-size <= n < size); shift_left/right[n] shift in zeros.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var x = SIMD[DType.int32, 4](0, 1, 2, 3)
    print(x.reversed())
    var i = SIMD[DType.int32, 8](0, 1, 2, 3, 4, 5, 6, 7)
    print(i.rotate_left[2]())
    print(i.rotate_right[3]())
    print(i.rotate_left[0](), i.rotate_left[-2]() == i.rotate_right[2]())
    print(i.shift_left[1]())
    print(i.shift_right[2]())
    var f = SIMD[DType.float64, 4](1.5, 2.5, 3.5, 4.5)
    print(f.reversed(), f.rotate_right[1](), f.shift_left[3]())
