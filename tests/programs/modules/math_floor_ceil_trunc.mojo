# floor/ceil/trunc on Float64 return Float64; Int(x) truncates toward zero.
# VERIFIED-WITH: mojo 1.2.0
from std.math import floor, ceil, trunc

def main():
    print(floor(2.7), ceil(2.1), trunc(2.7))
    print(floor(-2.5), ceil(-2.5), trunc(-2.7))
    print(floor(3.0), ceil(3.0))
    var y: Float64 = -2.7
    print(Int(y), Int(floor(y)), Int(Float64(2.9)))
