# Legacy edition: automatic parameterization spelled `Grid`, `Grid[*_]` and `Grid[_, _]`; the struct's parameters are read through the argument.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
struct Grid[w: Int, h: Int = 2]:
    var fill: Int

    fn __init__(out self, fill: Int):
        self.fill = fill

fn area(g: Grid) -> Int:
    return g.w * g.h * g.fill

fn dims(g: Grid[*_]):
    print(g.w, g.h)

fn only_w(g: Grid[_, _]):
    print("w =", g.w)

fn main():
    print(area(Grid[3, 4](2)))
    print(area(Grid[5](1)))
    dims(Grid[7, 8](0))
    only_w(Grid[9, 1](0))
