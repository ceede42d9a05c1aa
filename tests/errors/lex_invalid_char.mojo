def main():
    var x = 5 $ 3
    print(x)
# ERROR: 2:15 E0101 invalid character
# VERIFIED-WITH: mojo 1.2.0
