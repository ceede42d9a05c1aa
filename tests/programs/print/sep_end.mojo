# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 1
    var b = 2
    print(a, b, sep=", ", end="!\n")
    print("x", "y", "z", sep="")
    print("no newline", end="")
    print(" continued")
    print(1, 2, 3, sep=" | ", end=" <\n")
    print("a", end="")
    print("b", end="")
    print()
