# copysign takes the sign of its second argument; hypot and cbrt at exact points.
# VERIFIED-WITH: mojo 1.2.0
from std.math import copysign, hypot, cbrt

def main():
    print(copysign(3.0, -1.0), copysign(-2.0, 5.0), copysign(1.0, -0.0))
    print(hypot(3.0, 4.0), hypot(5.0, 12.0))
    print(cbrt(27.0), cbrt(-8.0))
