def main():
    var x = 0b102
    print(x)
# ERROR: 2:17 E0104 invalid number literal
# VERIFIED-WITH: mojo 1.2.0
