@fieldwise_init
struct Point:
    var x: Int
    var y: Int

def main():
    var p = Point(1, 2)
    print(p)
# ERROR: 8:11 E0316 does not conform to trait 'Writable'
# MOJO: invalid call to 'print': an element of 'values' with type 'Point' does not conform to trait 'Writable'; either prove the conformance with 'conforms_to', or add conformance
# VERIFIED-WITH: mojo 1.2.0
