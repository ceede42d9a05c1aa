# setdefault inserts the default only when the key is missing, and returns the stored value.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"a": 1}
    var s1 = d.setdefault("z", 26)
    print(s1)
    var s2 = d.setdefault("a", 100)
    print(s2)
    print(d)
