# VERIFIED-WITH: mojo 1.2.0
def main():
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(2, 6):
        print(i, end=" ")
    print()
    for i in range(0, 20, 5):
        print(i, end=" ")
    print()
    for i in range(1, 10, 3):
        print(i, end=" ")
    print()
    for i in range(5, 5):
        print("never")
    for i in range(0):
        print("never")
    print("end")
