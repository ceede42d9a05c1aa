# `for ref x in xs` binds each element by reference so `x += 1` updates the list.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [1, 2, 3]
    for ref x in xs:
        x += 1
    print(xs)
    for x in xs:
        var y = x * 10
        print(y, end=" ")
    print()
    print(xs)
    var ss: List[String] = ["a", "b"]
    for ref s in ss:
        s += "!"
    print(ss)
