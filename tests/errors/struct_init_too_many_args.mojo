struct Point:
    var x: Int
    var y: Int

    def __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

def main():
    var p = Point(1, 2, 3)
    print(p.x)
# ERROR: 10:18 E0503 no matching function in initialization
# MOJO: no matching function in initialization
# VERIFIED-WITH: mojo 1.2.0
