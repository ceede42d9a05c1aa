# slice[n, offset=k]() extracts n consecutive lanes; insert[offset=k](w) overwrites lanes starting at k.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = SIMD[DType.int32, 8](0, 1, 2, 3, 4, 5, 6, 7)
    print(i.slice[2, offset=1]())
    print(i.slice[4]())
    print(i.slice[4, offset=4]())
    print(i.slice[1, offset=7]())
    print(i.insert[offset=2](SIMD[DType.int32, 2](-1, -2)))
    print(i.insert[offset=0](SIMD[DType.int32, 4](9)))
    print(i.insert[offset=4](SIMD[DType.int32, 4](10, 11, 12, 13)))
    print(i)
