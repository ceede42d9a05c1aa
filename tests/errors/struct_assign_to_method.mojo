struct Point:
    var x: Int

    def __init__(out self):
        self.x = 0

    def get(self) -> Int:
        return self.x

def main():
    var p = Point()
    p.get = 5
    print(p.x)
# ERROR: 12:6 E0310 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
