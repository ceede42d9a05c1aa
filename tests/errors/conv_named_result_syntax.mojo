def build(n: Int) -> (out r: Int):
    r = n * 2

def main():
    print(build(4))
# ERROR: 1:27 E0201 expected ')'
# MOJO: expected ')' in parenthesized expression
# VERIFIED-WITH: mojo 1.2.0
