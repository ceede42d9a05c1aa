# vectorize needs a closure that takes the vector width as a compile-time parameter.
from std.algorithm import vectorize

def main():
    var total = 0
    def worker(i: Int) {mut}:
        total += i
    vectorize[4](10, worker)
    print(total)
# ERROR: 8:22 E0503 no matching function in call to 'vectorize'
# MOJO: 8:22: no matching function in call to 'vectorize'
# MOJO-NOTE: candidate not viable: value passed to 'closure' cannot be converted from 'def(i: Int) -> None' to 'func', argument type 'def(i: Int) -> None' does not conform to trait 'def[width: Int](idx: Int) -> None'
# VERIFIED-WITH: mojo 1.2.0
