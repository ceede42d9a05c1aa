def main():
    var x = 1
    var s = "a"
    print(x + s)
# ERROR: 4:13 E0403 invalid operand types for
# VERIFIED-WITH: mojo 1.2.0
