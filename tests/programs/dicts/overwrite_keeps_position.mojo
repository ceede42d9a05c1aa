# Assigning to an existing key replaces the value in place; removing then re-adding moves the key to the end.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var d: Dict[String, Int] = {"a": 1, "b": 2, "c": 3}
    d["b"] = 20
    print(d)
    _ = d.pop("a")
    d["a"] = 9
    print(d)
