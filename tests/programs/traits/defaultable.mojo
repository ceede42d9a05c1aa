# Defaultable: a no-argument __init__, used as T() in a generic function.
# In Mojo 1.2 a local `var x = T()` needs the bound to include Deinitable.
trait Describe(Deinitable):
    def describe(self) -> String: ...

struct Counter(Defaultable, Describe):
    var n: Int

    def __init__(out self):
        self.n = 100

    def describe(self) -> String:
        return "Counter " + String(self.n)

struct Flag(Defaultable, Describe):
    var on: Bool

    def __init__(out self):
        self.on = True

    def describe(self) -> String:
        return "Flag " + String(self.on)

def make_and_show[T: Defaultable & Describe]():
    var x = T()
    print(x.describe())

def main():
    make_and_show[Counter]()
    make_and_show[Flag]()
    var c = Counter()
    print(c.n)
# VERIFIED-WITH: mojo 1.2.0
