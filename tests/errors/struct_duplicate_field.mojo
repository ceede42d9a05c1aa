struct Point:
    var x: Int
    var x: Int

    def __init__(out self):
        self.x = 0

def main():
    var p = Point()
    print(p.x)
# ERROR: 3:5 E0302 invalid redefinition of 'x'
# MOJO: invalid redefinition of 'x'
# VERIFIED-WITH: mojo 1.2.0
