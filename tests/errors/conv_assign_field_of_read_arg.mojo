@fieldwise_init
struct Point:
    var x: Int
    var y: Int

def reset(p: Point):
    p.x = 0

def main():
    var p = Point(1, 2)
    reset(p)
    print(p.x)
# ERROR: 7:6 E0309 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
