struct Point:
    var x: Int

    def __init__(out self):
        self.x = 0

    def get(self) -> Int:
        return self.x

    def get(self) -> Int:
        return self.x + 1

def main():
    var p = Point()
    print(p.get())
# ERROR: 10:9 E0302 redefinition of function 'get'
# MOJO: redefinition of function 'get' with identical signature
# VERIFIED-WITH: mojo 1.2.0
