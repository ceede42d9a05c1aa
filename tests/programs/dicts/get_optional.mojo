# get(key) returns an Optional: it prints the value or None, and is truthy only when present.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"a": 1}
    print(d.get("a"), d.get("q"))
    var hit = d.get("a")
    if hit:
        print("hit", hit.value())
    var miss = d.get("q")
    if not miss:
        print("miss", miss is None)
