# VERIFIED-WITH: mojo 0.25.6
fn main():
    var a: Int8 = 127
    print(a + 1)
    var u: UInt8 = 0
    print(u - 1)
    var b: Int32 = 7
    var c: Int32 = 2
    print(b / c)
    print(b // c, b % c)
    var m: Int = 9223372036854775807
    print(m + 1)
