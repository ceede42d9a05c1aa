# VERIFIED-WITH: mojo 1.2.0
def is_even(n: Int) -> Bool:
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n: Int) -> Bool:
    if n == 0:
        return False
    return is_even(n - 1)

def main():
    for i in range(6):
        print(i, is_even(i), is_odd(i))
