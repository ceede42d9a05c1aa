# Parametric function with a type parameter and a defaulted Int parameter: explicit binding, inference from the argument, keyword parameter, default.
# VERIFIED-WITH: mojo 1.2.0
def repeat[T: Writable, n: Int = 2](x: T):
    for i in range(n):
        print(x, i, sep=":")

def main():
    repeat[Int, 3](7)
    repeat("hi")
    repeat[n=1](2.5)
    repeat[Bool](True)
    repeat[String, n=4](String("s"))
