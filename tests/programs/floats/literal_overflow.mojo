# VERIFIED-WITH: mojo 1.2.0
# Float literals are folded exactly at compile time; only the conversion to
# Float64/Float32 overflows to inf (or underflows to 0).
def main():
    print(1e300 * 1e10, -1e300 * 1e10)
    var f: Float32 = 1e39
    print(f, Float32(-1e39))
    print(1e-320 / 1e10, 1e308 * 10 / 100)
    var x: Float64 = 1e200
    print(x * x, -x * x)
