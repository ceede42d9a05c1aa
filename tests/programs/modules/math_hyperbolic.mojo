# sinh/cosh/tanh: exact at 0, identities checked with isclose.
# VERIFIED-WITH: mojo 1.2.0
from std.math import sinh, cosh, tanh, isclose

def main():
    print(sinh(0.0), cosh(0.0), tanh(0.0))
    var x = 0.75
    print(isclose(cosh(x) * cosh(x) - sinh(x) * sinh(x), 1.0))
    print(isclose(tanh(x), sinh(x) / cosh(x)))
    print(tanh(50.0))
