# Lambdas capture outer values by immutable reference by default; capture lists {var x} / {mut x} also work.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var k = 5
    var add_k = lambda (x: Int) -> Int: x + k
    print(add_k(3))
    k = 100
    print(add_k(3))

    var s = String("ab")
    var suffix = lambda () -> String: s + "!"
    s = "cd"
    print(suffix())

    var n = 7
    var snap = lambda (x: Int) {var n} -> Int: x + n
    n = 1000
    print(snap(1), n)

    var peek = lambda (x: Int) {mut n} -> Int: x + n
    print(peek(1))
