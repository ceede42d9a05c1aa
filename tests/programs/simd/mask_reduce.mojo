# A bool mask reduces with reduce_and()/reduce_or(), and the builtins all()/any() accept a mask too.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = SIMD[DType.int32, 4](1, 5, 3, 8)
    var m = a.gt(2)
    print(m, m.reduce_and(), m.reduce_or())
    print(all(m), any(m))
    var none = a.gt(100)
    print(none.reduce_or(), any(none), all(none))
    var every = a.ge(1)
    print(every.reduce_and(), all(every))
    var t = SIMD[DType.bool, 1](True)
    print(t.reduce_and(), t.reduce_or())
    var count = m.cast[DType.int32]().reduce_add()
    print("lanes above 2:", count)
    print(~m, (~m).reduce_or())
