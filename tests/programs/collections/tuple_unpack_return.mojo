# A function returning Tuple[Int, String]; `var a, b = f()` unpacks it.
# VERIFIED-WITH: mojo 1.2.0
def divmod_named(a: Int, b: Int) -> Tuple[Int, Int]:
    return (a // b, a % b)

def pair() -> Tuple[Int, String]:
    return (7, "seven")

def main():
    var t = pair()
    print(t)
    var n, s = pair()
    print(n, s)
    var q, r = divmod_named(17, 5)
    print(q, r)
    var x, y = (10, 20)
    print(x + y)
