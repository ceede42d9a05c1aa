# pop(key) removes and returns; pop(key, default) never raises; pop of a missing key without default raises.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var d: Dict[String, Int] = {"a": 1, "b": 2, "c": 3}
    var v = d.pop("b")
    print(v, d)
    print(d.pop("nope", -1))
    try:
        _ = d.pop("nope")
    except e:
        print("error:", e)
    print(len(d))
