# Variadic compile-time parameters `[*values: Int]`: len, `comptime for` indexing and `comptime for v in values`.
# VERIFIED-WITH: mojo 1.2.0
def count[*values: Int]() -> Int:
    return len(values)

def show[*values: Int]():
    comptime for i in range(len(values)):
        print(i, "->", values[i])

def psum[*values: Int]() -> Int:
    var s = 0
    comptime for i in range(len(values)):
        s += values[i]
    return s

def product[*values: Int]() -> Int:
    var p = 1
    comptime for v in values:
        p *= v
    return p

def main():
    print(count[3, 1, 4, 1, 5]())
    print(count[]())
    show[10, 20, 30]()
    print(psum[1, 2, 3, 4]())
    print(product[2, 3, 7](), product[]())
