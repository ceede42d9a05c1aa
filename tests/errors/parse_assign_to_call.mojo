def f() -> Int:
    return 1

def main():
    f() = 3
# ERROR: 5:5 E0205 cannot assign
# VERIFIED-WITH: mojo 1.2.0
