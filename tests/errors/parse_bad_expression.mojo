def main():
    var x = 1 + * 2
    print(x)
# ERROR: 2:17 E0202 expected an expression
# VERIFIED-WITH: mojo 1.2.0
