# update(other) overwrites existing keys in place and appends new keys in other's order.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"a": 1, "c": 3}
    var other: Dict[String, Int] = {"a": 0, "new": 5, "c": 30}
    d.update(other)
    print(d)
    print(other)
