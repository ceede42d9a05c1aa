# for x in xs visits elements in order; enumerate(xs) also yields the index.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[String] = ["a", "b", "c"]
    for x in xs:
        print(x, end=" ")
    print()
    for i, x in enumerate(xs):
        print(i, x)
    for i in range(len(xs)):
        print(xs[i], end="")
    print()
