# `ref` arguments: the callee gets a reference (to a var or a temporary);
# the callee may only read it, since its mutability is not known there.
@fieldwise_init
struct Cell:
    var v: Int

def peek(ref c: Cell) -> Int:
    return c.v

def larger(ref a: Cell, ref b: Cell) -> Int:
    if a.v > b.v:
        return a.v
    return b.v

def set_to(mut c: Cell, v: Int):
    c.v = v

def main():
    var c = Cell(1)
    print(peek(c))
    set_to(c, 42)
    print(peek(c))
    print(peek(Cell(7)))
    print(larger(c, Cell(50)), larger(Cell(3), c))
# VERIFIED-WITH: mojo 1.2.0
