# exp/log/log2/log10: exact results at powers, other values checked with isclose (Mojo's exp is not correctly rounded).
# VERIFIED-WITH: mojo 1.2.0
from std.math import exp, log, log2, log10, isclose, e

def main():
    print(exp(0.0), log(1.0), log(e))
    print(log2(8.0), log2(1024.0), log10(1000.0), log10(0.01))
    print(isclose(exp(1.0), 2.718281828459045))
    print(isclose(log(10.0), 2.302585092994046))
    print(isclose(exp(log(5.0)), 5.0))
