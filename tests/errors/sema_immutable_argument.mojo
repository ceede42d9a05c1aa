def f(x: Int):
    x = 2

def main():
    f(1)
# ERROR: 2:5 E0309 expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
