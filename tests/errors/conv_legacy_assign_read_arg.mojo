# ERA: legacy
@fieldwise_init
struct Point:
    var x: Int

fn reset(read p: Point):
    p.x = 0

fn main():
    var p = Point(1)
    reset(p)
    print(p.x)
# ERROR: 7:6 E0309 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 0.25.6
