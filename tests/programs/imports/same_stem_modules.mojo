# VERIFIED-WITH: mojo 1.2.0
# Two modules with the same file name in different folders, one of them in a
# folder without __init__.mojo.
from extras import area
from shapes.area import square

def main():
    print(area.square(3), square(1.5))
