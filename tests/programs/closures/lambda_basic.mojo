# lambda expressions: `lambda (args) -> T: expr`, stored in vars, called, passed to generic callers; a non-capturing lambda is a `thin` function value.
# VERIFIED-WITH: mojo 1.2.0
def call2[F: def(Int, Int) -> Int](f: F, a: Int, b: Int) -> Int:
    return f(a, b)

def main():
    var answer = lambda () -> Int: 42
    print(answer())
    var mul = lambda (a: Int, b: Int) -> Int: a * b
    print(mul(6, 7))
    var thin: def(Int, Int) thin -> Int = mul
    print(thin(3, 5))
    print(call2(lambda (a: Int, b: Int) -> Int: a - b, 10, 4))
    var shout = lambda (s: String) -> String: s + "!"
    print(shout("hey"))
    var is_even = lambda (n: Int) -> Bool: n % 2 == 0
    print(is_even(4), is_even(7))
