@fieldwise_init
struct Cell:
    var v: Int

def inc(ref c: Cell):
    c.v += 1

def main():
    var c = Cell(1)
    inc(c)
    print(c.v)
# ERROR: 6:6 E0309 must be mutable for in-place operator
# MOJO: expression must be mutable for in-place operator destination
# VERIFIED-WITH: mojo 1.2.0
