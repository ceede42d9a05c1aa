@fieldwise_init
struct Point:
    var x: Int
    var y: Int

def replace(p: Point):
    p = Point(0, 0)

def main():
    replace(Point(1, 2))
# ERROR: 7:5 E0309 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
