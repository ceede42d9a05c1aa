# One generic function with a Comparable bound, called with Int, Float64, String and Int8.
# VERIFIED-WITH: mojo 1.2.0
def largest[T: Comparable & Copyable & Deinitable](a: T, b: T, c: T) -> T:
    var m = a.copy()
    if b > m:
        m = b.copy()
    if c > m:
        m = c.copy()
    return m^

def ordered[T: Comparable](a: T, b: T) -> Bool:
    return a <= b

def main():
    print(largest(3, 9, 4))
    print(largest(2.5, -1.0, 0.75))
    print(largest(String("pear"), String("apple"), String("zoo")))
    print(largest[Int8](Int8(-5), Int8(-2), Int8(-9)))
    print(ordered(1, 2), ordered(2, 1), ordered(3, 3))
    print(ordered(String("b"), String("a")))
    print(ordered(1.5, 1.5))
