# isclose compares floats with a tolerance; == on computed Float64 values is exact.
# VERIFIED-WITH: mojo 1.2.0
from std.math import isclose

def main():
    var a: Float64 = 0.1
    var b: Float64 = 0.2
    var c = a + b
    print(c == 0.3, isclose(c, 0.3))
    print(c)
    print(isclose(1.0, 1.0001), isclose(1.0, 1.0000000001))
    print(isclose(100.0, 101.0, rtol=0.05), isclose(0.0, 0.001, atol=0.01))
