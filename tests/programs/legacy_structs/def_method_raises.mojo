# Legacy: a `def` method raises implicitly, so calls to it need try (or raises).
# ERA: legacy
struct Checker:
    var limit: Int

    fn __init__(out self, limit: Int):
        self.limit = limit

    def check(self, v: Int) -> Int:
        if v > self.limit:
            raise Error("too big: " + String(v))
        return v * 2

    fn safe(self, v: Int) -> Int:
        try:
            return self.check(v)
        except e:
            print("safe caught", e)
            return -1


fn main():
    var c = Checker(5)
    print(c.safe(3))
    print(c.safe(9))
    try:
        print(c.check(4))
        print(c.check(6))
    except e:
        print("main caught", e)
# VERIFIED-WITH: mojo 0.25.6
