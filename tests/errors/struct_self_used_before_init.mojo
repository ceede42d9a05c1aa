struct Point:
    var x: Int
    var y: Int

    def __init__(out self, x: Int):
        self.x = x
        self.show()
        self.y = 0

    def show(self):
        print(self.x, self.y)

def main():
    var p = Point(1)
    print(p.x)
# ERROR: 7:18 E0317 uninitialized value 'self.y'
# MOJO: use of uninitialized value 'self.y'
# VERIFIED-WITH: mojo 1.2.0
