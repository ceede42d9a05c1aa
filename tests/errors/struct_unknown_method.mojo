@fieldwise_init
struct Point:
    var x: Int
    var y: Int

    def norm1(self) -> Int:
        return self.x + self.y

def main():
    var p = Point(1, 2)
    print(p.norm2())
# ERROR: 11:12 E0305 has no attribute 'norm2'
# MOJO: 'Point' value has no attribute 'norm2'
# VERIFIED-WITH: mojo 1.2.0
