# popitem() removes and returns the last inserted entry, with .key and .value.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var d: Dict[String, Int] = {"x": 1, "y": 2}
    var it = d.popitem()
    print(it.key, it.value)
    print(d)
