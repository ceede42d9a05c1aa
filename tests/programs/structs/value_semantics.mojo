# ImplicitlyCopyable structs have value semantics: copies are independent.
@fieldwise_init
struct Pair(ImplicitlyCopyable, Movable):
    var a: Int
    var s: String


def modify(var p: Pair) -> Pair:
    p.a += 100
    p.s = p.s + "!"
    return p


def main():
    var x = Pair(1, "x")
    var y = x
    y.a = 2
    y.s = "y"
    print(x.a, x.s, y.a, y.s)
    var z = modify(x)
    print(x.a, x.s, z.a, z.s)
    var w = x.copy()
    w.a = 7
    print(x.a, w.a)
# VERIFIED-WITH: mojo 1.2.0
