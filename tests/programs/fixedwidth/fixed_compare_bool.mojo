# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: Int16 = -5
    var b: Int16 = 3
    print(a < b, a == b, a != b, a >= b)
    var u: UInt32 = 4000000000
    var v: UInt32 = 5
    print(u > v, u == 4000000000)
    var i8: Int8 = 0
    print(i8 == 0, Bool(i8))
