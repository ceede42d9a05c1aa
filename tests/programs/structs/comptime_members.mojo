# comptime members inside a struct, read through the type name and Self.
struct Grid:
    comptime WIDTH = 4
    comptime HEIGHT = 3
    comptime CELLS = Self.WIDTH * Self.HEIGHT
    comptime NAME = "grid"
    var fill: Int

    def __init__(out self, fill: Int):
        self.fill = fill

    def total(self) -> Int:
        return Self.CELLS * self.fill

    def index(self, row: Int, col: Int) -> Int:
        return row * Self.WIDTH + col


def main():
    print(Grid.WIDTH, Grid.HEIGHT, Grid.CELLS, Grid.NAME)
    var g = Grid(2)
    print(g.total())
    print(g.index(2, 3))
    print(g.WIDTH)
# VERIFIED-WITH: mojo 1.2.0
