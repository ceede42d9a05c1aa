# VERIFIED-WITH: mojo 1.2.0
def main():
    for n in range(2, 20):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            print(n, end=" ")
    print()
