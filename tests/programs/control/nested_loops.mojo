# VERIFIED-WITH: mojo 1.2.0
def main():
    for i in range(1, 4):
        for j in range(1, 4):
            print(i * j, end=" ")
        print()
    for i in range(5):
        for j in range(5):
            if j > i:
                break
            if (i + j) % 2 == 1:
                continue
            print(i, j, sep="-", end=" ")
        print("|")
