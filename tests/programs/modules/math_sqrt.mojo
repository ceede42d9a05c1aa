# math.sqrt on Float64 is correctly rounded; on an Int it returns an Int (floor of the root).
# VERIFIED-WITH: mojo 1.2.0
from std.math import sqrt

def main():
    print(sqrt(16.0), sqrt(2.0), sqrt(0.25))
    print(sqrt(16), sqrt(17))
    var x: Float64 = 81.0
    print(sqrt(x))
