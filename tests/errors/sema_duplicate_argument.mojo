def f(a: Int, b: Int = 2) -> Int:
    return a + b

def main():
    print(f(1, a=3))
# ERROR: 5:18 E0505 argument given more than once
# VERIFIED-WITH: mojo 1.2.0
