# VERIFIED-WITH: mojo 1.2.0
# A file named main.mojo, importing a package, a submodule of it through
# `from pkg import mod`, and a name from the package itself.
from shapes import area
from shapes.area import rect
from shapes import UNIT
import shapes

def main():
    print(area.square(1.5), rect(2.0, 3.0), UNIT, shapes.UNIT)
