# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: Int8 = 127
    print(a + 1)
    var b: Int8 = -128
    print(b - 1)
    print(-b)
    var c: Int8 = 100
    print(c * 3)
    print(c + c)
    var d: Int8 = -7
    var e: Int8 = 2
    print(d // e, d % e)
