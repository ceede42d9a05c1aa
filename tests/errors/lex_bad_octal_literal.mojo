def main():
    var x = 0o19
    print(x)
# ERROR: 2:16 E0104 invalid number literal
# VERIFIED-WITH: mojo 1.2.0
