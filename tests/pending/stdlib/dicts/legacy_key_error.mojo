# Legacy: a missing key raises an error that prints as KeyError; __str__ shows quoted String keys.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    d["b"] = 2
    try:
        print(d["zz"])
    except e:
        print("error:", e)
    print(d.__str__())
    print(d.get("a", 0), d.get("q", 0))
