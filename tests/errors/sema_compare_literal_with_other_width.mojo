def main():
    var small = Int8(4)
    print(small > 3)
    print(3 < small)
# ERROR: 4:13 E0403 invalid operand types for '<'
# VERIFIED-WITH: mojo 1.2.0 (no matching method in call to '__lt__', reported at 4:15)
