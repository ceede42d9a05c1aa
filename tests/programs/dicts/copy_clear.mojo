# copy() gives an independent Dict; clear() empties one.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"a": 1, "b": 2}
    var c = d.copy()
    c["z"] = 0
    print(len(d), len(c))
    d.clear()
    print(d, len(d))
    print(c)
