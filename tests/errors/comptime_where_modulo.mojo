# A `where` clause using `%` cannot be checked even for a literal argument: the constraint solver cannot evaluate Int.__mod__.
def half[n: Int]() -> Int where n % 2 == 0:
    return n // 2

def main():
    print(half[10]())
# ERROR: 6:11 E0704 lacking evidence to prove correctness
# MOJO: invalid call to 'half': lacking evidence to prove correctness
# VERIFIED-WITH: mojo 1.2.0
