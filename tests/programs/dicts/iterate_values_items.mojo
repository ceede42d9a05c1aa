# d.values() yields values; d.items() yields entries with .key and .value fields.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"x": 1, "y": 2, "z": 3}
    var total = 0
    for v in d.values():
        total += v
    print(total)
    for it in d.items():
        print(it.key, "->", it.value)
