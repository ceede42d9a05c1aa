# The first program: `mojoc run examples/hello.mojo`


def main():
    print("Hello, world!")
    var total = 0
    for i in range(1, 11):
        total += i
    print("1 + 2 + ... + 10 =", total)
