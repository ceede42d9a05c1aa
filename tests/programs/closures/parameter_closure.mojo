# @__parameter closures capture by reference and are passed as `def(...) capturing` compile-time parameters.
# VERIFIED-WITH: mojo 1.2.0
def apply[f: def(Int) capturing -> Int](x: Int) -> Int:
    return f(x)

def each[f: def(Int) capturing -> None](n: Int):
    for i in range(n):
        f(i)

def main():
    var k = 3

    @__parameter
    def addk(x: Int) -> Int:
        return x + k

    print(apply[addk](5), k)
    k = 10
    print(apply[addk](5))

    var total = 0

    @__parameter
    def add(i: Int):
        total += i * k

    each[add](4)
    print(total, k)
