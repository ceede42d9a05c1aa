# VERIFIED-WITH: mojo 1.2.0
def main():
    var t = True
    var f = False
    print(t and f, t or f, not t, not f)
    print(t and t, f or f)
    print(t == f, t != f)
    var x = 5
    print(x > 3 and x < 10, x < 3 or x > 10, not (x == 5))
    print(Bool(0), Bool(3), Bool(-1))
