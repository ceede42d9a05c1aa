def f(x: Int) -> Int:
    if x > 0:
        return x

def main():
    print(f(1))
# ERROR: 1:5 E0604 missing return statement
# VERIFIED-WITH: mojo 1.2.0
