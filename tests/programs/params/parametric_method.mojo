# Parametric methods on a plain struct and on a parametric struct: value parameters, type parameters inferred from arguments, and an explicit binding.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Counter:
    var n: Int

    def scaled[k: Int](self) -> Int:
        return self.n * k

    def add_all[T: Intable](mut self, x: T, y: T):
        self.n += Int(x) + Int(y)

struct Wrap[T: Writable & Copyable & Deinitable]:
    var v: Self.T

    def __init__(out self, v: Self.T):
        self.v = v.copy()

    def with_label[U: Writable](self, label: U):
        print(label, "->", self.v)

    def repeat[times: Int = 2](self):
        for _ in range(times):
            print(self.v)

def main():
    var c = Counter(5)
    print(c.scaled[3]())
    print(c.scaled[10]())
    c.add_all(1, 2)
    c.add_all[Int8](Int8(10), Int8(20))
    print(c.n)
    var w = Wrap[String]("s")
    w.with_label(1)
    w.with_label[String]("lbl")
    w.repeat()
    Wrap(9).repeat[times=3]()
