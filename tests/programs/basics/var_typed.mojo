# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: Int = 42
    var b: Float64 = 3
    var c: Bool = False
    var d: String = "typed"
    var e: UInt = 7
    print(a, b, c, d, e)
    var late: Int
    late = 99
    print(late)
