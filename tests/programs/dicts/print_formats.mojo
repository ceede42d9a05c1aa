# Printing dicts: empty, Int keys, Float64 values, String values (no quotes), List values.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(Dict[Int, String]())
    var f: Dict[Int, Float64] = {1: 0.5, 2: 2.0}
    print(f)
    var s: Dict[String, String] = {"k": "v w"}
    print(s)
    var l: Dict[String, List[Int]] = {"x": [1, 2], "y": []}
    print(l)
    var b: Dict[Bool, Int] = {True: 1}
    print(b)
