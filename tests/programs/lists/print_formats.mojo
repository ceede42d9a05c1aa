# Printing Lists of floats, strings (unquoted), bools, nested lists and empty lists.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var f: List[Float64] = [1.0, 2.5, -0.125]
    var s: List[String] = ["a", "b c", ""]
    var b: List[Bool] = [True, False]
    var n: List[List[Int]] = [[1], [2, 3], []]
    var e = List[Int]()
    print(f)
    print(s)
    print(b)
    print(n)
    print(e)
    print(List[String]())
