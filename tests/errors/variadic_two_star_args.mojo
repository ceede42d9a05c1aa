def f(*a: Int, *b: Int):
    pass

def main():
    f(1, 2)
# ERROR: 1:17 E0206 cannot have two '*' markers in the same argument list
# MOJO: cannot have two '*' markers in the same argument list
# VERIFIED-WITH: mojo 1.2.0
