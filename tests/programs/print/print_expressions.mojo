# VERIFIED-WITH: mojo 1.2.0
def square(x: Int) -> Int:
    return x * x

def main():
    print(square(3) + square(4))
    print("sum", 1 + 2, "prod", 3 * 4, sep=":")
    print(10 > 3, 2.0 == 2.0)
    print(String("a") + "b", 7 // 2)
