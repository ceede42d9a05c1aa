# shuffle[...]() picks lanes by compile-time indexes; with a second vector, indexes >= size pick from it.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = SIMD[DType.int32, 8](0, 1, 2, 3, 4, 5, 6, 7)
    print(i.shuffle[7, 6, 5, 4, 3, 2, 1, 0]())
    print(i.shuffle[0, 0, 1, 1, 2, 2, 3, 3]())
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    print(a.shuffle[0, 4, 1, 5](b))
    print(a.shuffle[7, 6, 1, 0](b))
    print(a.shuffle[3, 3, 3, 3]())
    var f = SIMD[DType.float32, 4](0.5, 1.5, 2.5, 3.5)
    print(f.shuffle[1, 0, 3, 2]())
