# `comptime if` conditions that call ordinary functions at compile time, chosen per instantiation inside an unrolled `comptime for`.
# VERIFIED-WITH: mojo 1.2.0
def is_prime(n: Int) -> Bool:
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True

def classify[n: Int]() -> String:
    comptime if is_prime(n):
        return "prime"
    elif n < 2:
        return "unit"
    else:
        return "composite"

def main():
    comptime for i in range(1, 13):
        print(i, classify[i]())
