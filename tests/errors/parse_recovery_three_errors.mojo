def a():
    var x = 1 * / 2
    print(x)

def b()
    print(2)

def main():
    if True
        print(3)
# ERROR: 2:17 E0202 expected an expression
# ERROR: 5:8 E0201 expected
# ERROR: 9:12 E0201 expected
# VERIFIED-WITH: mojo 1.2.0
