# math.pi and math.e print with full Float64 precision.
# VERIFIED-WITH: mojo 1.2.0
from std.math import pi, e, tau

def main():
    print(pi)
    print(e)
    print(tau, tau == 2 * pi)
