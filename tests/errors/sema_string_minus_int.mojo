def main():
    var s = "a"
    var n = 2
    print(s - n)
# ERROR: 4:13 E0403 invalid operand types for
# VERIFIED-WITH: mojo 1.2.0
