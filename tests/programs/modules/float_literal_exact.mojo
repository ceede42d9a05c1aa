# Float literal arithmetic is exact at compile time (0.1 + 0.2 == 0.3 holds), unlike Float64 runtime arithmetic.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(0.1 + 0.2 == 0.3)
    var a: Float64 = 0.1
    var b: Float64 = 0.2
    print(a + b == 0.3)
    print(0.1 + 0.2)
    print(a + b)
