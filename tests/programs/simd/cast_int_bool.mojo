# Integer casts keep the low bits (negative to unsigned wraps); any nonzero value casts to True; bools cast to 0/1.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = SIMD[DType.int32, 4](-1, -200, 5, 0)
    print(i.cast[DType.uint32]())
    print(i.cast[DType.uint8]())
    print(i.cast[DType.int8]())
    print(i.cast[DType.bool]())
    var w = SIMD[DType.int16, 4](300, -300, 32767, -32768)
    print(w.cast[DType.int8](), w.cast[DType.uint16]())
    print(w.cast[DType.int64]())
    var u = SIMD[DType.uint8, 4](200, 255, 0, 1)
    print(u.cast[DType.int8](), u.cast[DType.int32]())
    var b = SIMD[DType.bool, 4](True, False, True, True)
    print(b.cast[DType.float32](), b.cast[DType.int32](), b.cast[DType.uint8]())
    var f = SIMD[DType.float32, 4](0.0, -0.0, 0.25, -3)
    print(f.cast[DType.bool]())
