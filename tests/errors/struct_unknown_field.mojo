@fieldwise_init
struct Point:
    var x: Int
    var y: Int

def main():
    var p = Point(1, 2)
    print(p.z)
# ERROR: 8:12 E0305 has no attribute 'z'
# MOJO: 'Point' value has no attribute 'z'
# VERIFIED-WITH: mojo 1.2.0
