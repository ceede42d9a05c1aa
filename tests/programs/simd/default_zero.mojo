# A SIMD built with no arguments is all zeros (False for bool); vars of SIMD type can be reassigned whole.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var f = SIMD[DType.float32, 4]()
    print(f)
    var i = SIMD[DType.int8, 8]()
    print(i)
    var b = SIMD[DType.bool, 2]()
    print(b)
    f = SIMD[DType.float32, 4](9)
    print(f)
    i = SIMD[DType.int8, 8](1, 2, 3, 4, 5, 6, 7, 8)
    print(i)
