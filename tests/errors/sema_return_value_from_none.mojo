def f():
    return 5

def main():
    f()
# ERROR: 2:12 E0605 returned value does not match the declared result type
# VERIFIED-WITH: mojo 1.2.0
