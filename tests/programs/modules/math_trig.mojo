# sin/cos/tan/atan2 at exact points and via isclose; atan2 quadrant signs.
# VERIFIED-WITH: mojo 1.2.0
from std.math import sin, cos, tan, atan2, asin, acos, atan, pi, isclose

def main():
    print(sin(0.0), cos(0.0), atan(0.0))
    print(isclose(sin(pi / 2), 1.0), isclose(cos(pi), -1.0))
    print(isclose(tan(pi / 4), 1.0))
    print(isclose(atan2(1.0, 1.0), pi / 4), isclose(atan2(-1.0, -1.0), -3.0 * pi / 4))
    print(isclose(asin(1.0), pi / 2), isclose(acos(1.0), 0.0))
