struct Point:
    var x: Int

    def __init__(out self):
        self.x = 0

    def get(self) -> Int:
        return self.x

def main():
    print(Point.get())
# ERROR: 11:20 E0506 missing required argument: 'self'
# MOJO: invalid call to 'get': missing required argument: 'self'
# VERIFIED-WITH: mojo 1.2.0
