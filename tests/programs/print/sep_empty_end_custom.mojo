# VERIFIED-WITH: mojo 1.2.0
def main():
    for i in range(3):
        print(i, end=",")
    print("")
    print("k", "v", sep="=")
    print("only", end="\n\n")
    print(end="")
    print("x", sep="---")
    print(sep="-", end="done\n")
