# VERIFIED-WITH: mojo 1.2.0
def bump(mut x: Int):
    x += 1

def swap(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t

def main():
    var n = 5
    bump(n)
    bump(n)
    print(n)
    var p = 1
    var q = 2
    swap(p, q)
    print(p, q)
