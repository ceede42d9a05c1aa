# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 7
    var b = 2
    print(a / b)
    print((-a) / b)
    print(a / (-b))
    var c = 9
    var d = 3
    print(c / d)
    var e = -1
    print(e / b)
