struct Point:
    var x: Int

    def __init__(out self):
        self.x = 0

    def x(self) -> Int:
        return 1

def main():
    var p = Point()
    print(p.x)
# ERROR: 7:9 E0302 invalid redefinition of 'x'
# MOJO: invalid redefinition of 'x'
# VERIFIED-WITH: mojo 1.2.0
