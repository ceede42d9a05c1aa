# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: Float32 = 0.1
    print(a)
    var b: Float32 = 1.0
    var c: Float32 = 3.0
    print(b / c)
    print(a + Float32(0.2))
    var big: Float32 = 3.4e38
    print(big * 10)
    print(Float32(16777216.0) + 1)
    var tiny = 1e-45
    print(Float32(tiny), Float32(1e10))
    print(Float64(a))
