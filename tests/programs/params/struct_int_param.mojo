# A struct parameterized by Int values (with a default); Self.n read in methods and a struct-level comptime derived from parameters.
# VERIFIED-WITH: mojo 1.2.0
struct Grid[w: Int, h: Int = 2]:
    comptime cells = Self.w * Self.h
    var fill: Int

    def __init__(out self, fill: Int):
        self.fill = fill

    def total(self) -> Int:
        return Self.cells * self.fill

    def describe(self):
        print(Self.w, "x", Self.h, "=", Self.cells, "cells, total", self.total())

def main():
    var g = Grid[3, 4](1)
    g.describe()
    var d = Grid[5](10)
    d.describe()
    var k = Grid[h=7, w=1](2)
    k.describe()
    print(Grid[6, 6].cells)
