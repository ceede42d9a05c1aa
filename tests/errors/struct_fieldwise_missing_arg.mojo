@fieldwise_init
struct Point:
    var x: Int
    var y: Int

def main():
    var p = Point(1)
    print(p.x)
# ERROR: 7:18 E0503 no matching function in initialization
# MOJO: no matching function in initialization
# VERIFIED-WITH: mojo 1.2.0
