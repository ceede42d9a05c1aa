struct Point:
    var x: Int
    var y: Int

    def __init__(out self, x: Int):
        self.x = x
        if x > 0:
            self.y = x

def main():
    var p = Point(1)
    print(p.x)
# ERROR: 5:9 E0317 'self.y' is uninitialized at the implicit return
# MOJO: 'self.y' is uninitialized at the implicit return from this function
# VERIFIED-WITH: mojo 1.2.0
