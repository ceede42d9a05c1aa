def main():
    var i = 0
    while i < 3
        i += 1

def g() -> Int:
    return 1 * / 2
# ERROR: 3:16 E0201 expected
# ERROR: 7:16 E0202 expected an expression
# VERIFIED-WITH: mojo 1.2.0
