# extend appends another list; + builds a new list and += extends in place.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: List[Int] = [1, 2]
    var b: List[Int] = [3, 4]
    a.extend(b.copy())
    print(a, b)
    var c = a + [5]
    print(c, a)
    c += [6, 7]
    print(c)
    var d = List[Int]()
    d.extend([9])
    print(d)
