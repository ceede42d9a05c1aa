# Legacy string methods: split gives a List whose __str__ is Python-style repr; find/count/upper.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main() raises:
    alias GREETING = "hello"
    var s = String("hello world")
    var parts = s.split(" ")
    print(len(parts), parts[0], parts[1])
    print(parts.__str__())
    print(GREETING.upper())
    print(s.find("o"), s.rfind("o"), s.count("o"))
    print(String(42) + "x", Int("7") + 1)
    print(s.replace("world", "mojo"))
