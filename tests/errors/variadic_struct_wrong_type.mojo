@fieldwise_init
struct Point(Copyable):
    var x: Int
    var y: Int

def sum_x(*pts: Point) -> Int:
    var s = 0
    for p in pts:
        s += p.x
    return s

def main():
    print(sum_x(Point(1, 2), 3))
# ERROR: 13:30 E0401 cannot be converted from 'IntLiteral[3]' to 'Point'
# MOJO: invalid call to 'sum_x': value passed to 'pts' cannot be converted from 'IntLiteral[3]' to 'Point'
# VERIFIED-WITH: mojo 1.2.0
