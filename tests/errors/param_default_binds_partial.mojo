# `Grid[_]` leaves only `w` unbound: the defaulted `h` is bound to 2, so a Grid with h=5 is rejected.
struct Grid[w: Int, h: Int = 2]:
    var fill: Int

    def __init__(out self, fill: Int):
        self.fill = fill

def show(g: Grid[_]):
    print(g.w, g.h)

def main():
    show(Grid[3](0))
    show(Grid[3, 5](0))
# ERROR: 13:20 E0401 cannot be converted from
# MOJO: invalid call to 'show': value passed to 'g' cannot be converted from 'Grid[Int(3), Int(5)]' to 'Grid[Int(3)]'
# VERIFIED-WITH: mojo 1.2.0
