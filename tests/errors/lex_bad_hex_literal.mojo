def main():
    var x = 0xZZ
    print(x)
# ERROR: 2:15 E0104 invalid number literal
# VERIFIED-WITH: mojo 1.2.0
