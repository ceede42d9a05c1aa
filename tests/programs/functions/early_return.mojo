# VERIFIED-WITH: mojo 1.2.0
def classify(n: Int) -> String:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    return "prime-ish"

def main():
    print(-3, classify(-3))
    print(0, classify(0))
    print(1, classify(1))
    print(2, classify(2))
    print(9, classify(9))
    print(13, classify(13))
