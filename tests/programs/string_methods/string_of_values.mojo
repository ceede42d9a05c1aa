# String(x) for Int, Float64, Bool and sized ints; float formatting matches print.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(String(42), String(-7), String(0))
    print(String(2.5), String(3.0), String(-0.0))
    print(String(1e20), String(1.5e-7), String(100000000.0))
    print(String(True), String(False))
    print(String(Int8(-5)), String(UInt64(7)))
    var s = String(12) + String(0.5)
    print(s, s.byte_length())
