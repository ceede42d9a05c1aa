# d[k] += v updates a stored value in place.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var d: Dict[String, Int] = {"a": 1}
    d["a"] += 5
    d["a"] *= 2
    print(d["a"])
    var s: Dict[String, String] = {"k": "x"}
    s["k"] += "yz"
    print(s)
