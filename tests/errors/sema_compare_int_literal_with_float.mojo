def main():
    var f: Float64 = 3.0
    print(f == 3)
    print(3 == 3.0)
# ERROR: 4:13 E0403 invalid operand types for '=='
# VERIFIED-WITH: mojo 1.2.0 (it rejects the same comparison; its note points into the stdlib)
