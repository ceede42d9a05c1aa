# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: Int64 = 9223372036854775807
    print(a + 1)
    var b: Int64 = -17
    var c: Int64 = 5
    print(b // c, b % c, b / c)
    print(b & 0xFF, b >> 1)
