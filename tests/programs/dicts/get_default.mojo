# get(key, default) returns the value or the default without raising.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"a": 1, "b": 2}
    print(d.get("a", 0), d.get("zz", 0), d.get("b", -1))
    var names: Dict[Int, String] = {1: "one"}
    print(names.get(1, "?"), names.get(5, "?"))
