# Generic functions calling other generic functions: the type parameter is forwarded explicitly and by inference, and a value parameter is computed from another.
# VERIFIED-WITH: mojo 1.2.0
def show[T: Writable](x: T, depth: Int):
    print("depth", depth, "value", x)

def level2[T: Writable](x: T):
    show[T](x, 2)

def level1[T: Writable](x: T):
    show(x, 1)
    level2(x)

def power[n: Int](x: Int) -> Int:
    comptime if n == 0:
        return 1
    else:
        return x * power[n - 1](x)

def power_plus_one[n: Int](x: Int) -> Int:
    return power[n + 1](x)

def main():
    level1(10)
    level1("str")
    level1(0.5)
    print(power[3](2))
    print(power_plus_one[4](3))
    print(power[0](99))
