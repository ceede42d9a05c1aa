# VERIFIED-WITH: mojo 0.25.6
fn main():
    var a = 0.1
    var b = 0.2
    print(a + b)
    print(1.0 / 3.0, 1e16, 1e-5, 1e15)
    var big = 1e308
    print(big * 10, -0.0, 100.0)
    var f: Float32 = 0.1
    print(f, Float64(f))
