# Nested defs without captures: plain helpers, a helper with an empty capture list, and two-level nesting.
# VERIFIED-WITH: mojo 1.2.0
def outer(n: Int) -> Int:
    def square(x: Int) -> Int:
        return x * x

    def cube(x: Int) {} -> Int:
        return square(x) * x

    return square(n) + cube(n)

def levels() -> Int:
    def middle(a: Int) -> Int:
        def innermost(b: Int) -> Int:
            return b + 100
        return innermost(a) * 2
    return middle(5)

def main():
    print(outer(2))
    print(outer(3))
    print(levels())
    def greet(name: String) -> String:
        return "hello " + name
    print(greet("mojo"))
