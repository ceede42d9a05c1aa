# Legacy edition: == on vectors gives one Bool (all lanes), the .eq/.lt/... methods give masks, and select picks lanes.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn main():
    var a = SIMD[DType.int32, 4](1, 5, 3, 8)
    var b = SIMD[DType.int32, 4](2, 5, 1, 8)
    print(a == b, a != b, a == a)
    print(a.eq(b), a.lt(b), a.ge(b))
    var m = a.gt(b)
    print(m.select(a, b))
    print(m.reduce_and(), m.reduce_or(), any(m), all(m))
    var f = SIMD[DType.float32, 4](1.5, -2.5, 0.0, 3.25)
    print(f.lt(0).select(-f, f))
