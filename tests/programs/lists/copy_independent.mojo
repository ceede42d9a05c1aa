# .copy() makes an independent deep copy; changing the copy leaves the original alone.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: List[Int] = [1, 2, 3]
    var b = a.copy()
    b[0] = 100
    b.append(4)
    print(a)
    print(b)
    var nested: List[List[Int]] = [[1], [2]]
    var n2 = nested.copy()
    n2[0].append(5)
    print(nested, n2)
