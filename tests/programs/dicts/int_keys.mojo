# Dict[Int, String] with Int keys: subscripting, assignment, iteration in insertion order.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var d = Dict[Int, String]()
    d[3] = "three"
    d[1] = "one"
    d[2] = "two"
    print(d[1], d[3])
    for k in d:
        print(k, end=" ")
    print()
    print(d)
