def main():
    var f = lambda x: x + 1
    print(f(3))
# ERROR: 2:20 E0206 unparenthesized lambda arguments are not supported
# MOJO: unparenthesized lambda arguments are not supported; write them in parentheses, with types, e.g. `lambda (x: Int, y: Int) -> Int: x + y`
# VERIFIED-WITH: mojo 1.2.0
