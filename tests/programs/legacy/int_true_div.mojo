# VERIFIED-WITH: mojo 0.25.6
# Before Mojo 26.2, Int / Int produces a Float64.
fn main():
    var a = 7
    var b = 2
    print(a / b)
    print((-a) / b)
    var c = 9
    var d = 3
    print(c / d)
    var e = 1
    var f = 3
    print(e / f)
    print(a // b, (-a) // b, a % b, (-a) % b)
