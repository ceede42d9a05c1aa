def f() -> Int:
    return "s"

def main():
    print(f())
# ERROR: 2:12 E0605 returned value does not match the declared result type
# VERIFIED-WITH: mojo 1.2.0
