# Dict[String, List[Int]]: appending to a value list in place through d[k].
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var groups = Dict[String, List[Int]]()
    for n in range(1, 8):
        var key = String("even") if n % 2 == 0 else String("odd")
        if key not in groups:
            groups[key] = List[Int]()
        groups[key].append(n)
    print(groups)
    print(len(groups["odd"]), groups["even"][0])
