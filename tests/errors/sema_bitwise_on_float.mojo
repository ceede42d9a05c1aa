def main():
    var f = 1.5
    print(f & 1.0)
# ERROR: 3:13 E0403 invalid operand types for
# VERIFIED-WITH: mojo 1.2.0
