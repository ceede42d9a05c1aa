# Automatic parameterization: a function taking an unbound parametric struct (`Grid`, `Grid[...]`, `Grid[_, _]`, `Box`) becomes generic; parameters readable via the argument.
# VERIFIED-WITH: mojo 1.2.0
struct Grid[w: Int, h: Int = 2]:
    var fill: Int

    def __init__(out self, fill: Int):
        self.fill = fill

struct Box[T: Writable & Copyable & Deinitable]:
    var v: Self.T

    def __init__(out self, v: Self.T):
        self.v = v.copy()

def area(g: Grid) -> Int:
    return g.w * g.h * g.fill

def dims(g: Grid[...]):
    print(g.w, g.h)

def only_w(g: Grid[_, _]):
    print("w =", g.w)

def fixed_h(g: Grid[_]):
    print("h is the default", g.h, "w =", g.w)

def show(b: Box):
    print("box holds", b.v)

def main():
    print(area(Grid[3, 4](2)))
    print(area(Grid[5](1)))
    dims(Grid[7, 8](0))
    only_w(Grid[9, 1](0))
    fixed_h(Grid[4](0))
    show(Box(1))
    show(Box[String]("text"))
    show(Box(False))
