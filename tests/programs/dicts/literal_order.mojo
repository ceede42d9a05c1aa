# A dict literal keeps insertion order; new keys go to the end; print shows {k: v, ...} unquoted.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"b": 2, "a": 1}
    d["c"] = 3
    print(d)
    print(len(d))
