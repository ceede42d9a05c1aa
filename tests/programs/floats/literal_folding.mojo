# VERIFIED-WITH: mojo 1.2.0
# Float literal arithmetic is folded exactly at compile time (FloatLiteral),
# so 0.1 + 0.2 prints 0.3, while the same sum on Float64 variables does not.
def main():
    print(0.1 + 0.2)
    print(0.1 + 0.2 == 0.3)
    var a = 0.1
    var b = 0.2
    print(a + b)
    print(a + b == 0.3)
    print(1.1 * 1.1)
    var c = 1.1
    print(c * c)
    print(7 / 2, -7 / 2)
