@fieldwise_init
struct Cell:
    var v: Int

def larger(ref a: Cell, ref b: Cell) -> Int:
    if a.v > b.v:
        return a.v
    return b.v

def main():
    var c = Cell(1)
    print(larger(c, c))
# ERROR: 12:17 E0315 aliasing values passed mutably
# MOJO: aliasing values passed mutably to 'a' argument and passed mutably to 'b' argument in 'larger' call
# VERIFIED-WITH: mojo 1.2.0
