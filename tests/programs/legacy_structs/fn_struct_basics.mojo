# Legacy struct syntax: fn methods, mut self, read self, alias members.
# ERA: legacy
struct Counter:
    alias START = 10
    alias NAME = "counter"
    var value: Int
    var hits: Int

    fn __init__(out self):
        self.value = Self.START
        self.hits = 0

    fn __init__(out self, start: Int):
        self.value = start
        self.hits = 0

    fn add(mut self, n: Int):
        self.value += n
        self.hits += 1

    fn get(self) -> Int:
        return self.value

    fn describe(read self) -> String:
        return Self.NAME + "=" + String(self.value) + " hits=" + String(self.hits)


fn main():
    var c = Counter()
    c.add(5)
    c.add(-2)
    print(c.get())
    print(c.describe())
    var d = Counter(100)
    d.add(1)
    print(d.describe(), Counter.START)
# VERIFIED-WITH: mojo 0.25.6
