# Contiguous slices xs[a:b], xs[:b], xs[a:] of a List print like lists; List(slice) copies one into a new List.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [0, 1, 2, 3, 4, 5]
    var a = xs[1:3]
    print(a, len(a))
    var b = xs[:2]
    print(b)
    var c = xs[4:]
    print(c)
    var e = xs[2:2]
    print(e, len(e))
    var owned = List[Int](xs[1:3])
    owned.append(99)
    print(owned, xs)
