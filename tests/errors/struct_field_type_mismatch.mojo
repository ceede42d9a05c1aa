@fieldwise_init
struct Point:
    var x: Int
    var y: Int

def main():
    var p = Point(1, 2)
    p.x = "far"
    print(p.x)
# ERROR: 8:11 E0401 cannot implicitly convert
# MOJO: cannot implicitly convert 'StringLiteral["far"]' value to 'Int'
# VERIFIED-WITH: mojo 1.2.0
