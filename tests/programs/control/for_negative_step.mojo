# VERIFIED-WITH: mojo 1.2.0
def main():
    for i in range(5, 0, -1):
        print(i, end=" ")
    print()
    for i in range(10, -10, -4):
        print(i, end=" ")
    print()
    for i in range(0, 5, -1):
        print("never")
    for i in range(3, -1, -1):
        print(i, end=",")
    print()
