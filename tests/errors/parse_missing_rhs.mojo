def main():
    var x =
    print(x)
# ERROR: 2:12 E0202 expected an expression
# VERIFIED-WITH: mojo 1.2.0
