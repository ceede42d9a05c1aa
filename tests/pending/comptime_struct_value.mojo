# A struct value built at compile time by a function (comptime P = make_point(...)); its fields are read at run time and used as parameters.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Point(ImplicitlyCopyable):
    var x: Int
    var y: Int

def make_point(n: Int) -> Point:
    var p = Point(0, 0)
    for i in range(n):
        p.x += i
        p.y -= 1
    return p

def manhattan(p: Point) -> Int:
    return abs(p.x) + abs(p.y)

comptime ORIGIN = Point(0, 0)
comptime P = make_point(5)
comptime D = manhattan(P)

def show[v: Int]():
    print("param", v)

def main():
    print(ORIGIN.x, ORIGIN.y)
    print(P.x, P.y)
    print(D)
    show[P.x]()
    show[D * 2]()
