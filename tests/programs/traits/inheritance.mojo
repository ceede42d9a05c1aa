# Trait inheritance: a struct conforming to the child trait can be passed
# where the parent trait is required.
trait HasId:
    def id(self) -> Int: ...

trait HasLabel(HasId):
    def label(self) -> String: ...

    def full(self) -> String:
        return self.label() + "#" + String(self.id())

@fieldwise_init
struct Item(HasLabel):
    var n: Int
    var s: String

    def id(self) -> Int:
        return self.n

    def label(self) -> String:
        return self.s

def show_id[T: HasId](x: T):
    print("id:", x.id())

def show_label[T: HasLabel](x: T):
    print("label:", x.label(), "full:", x.full())

def main():
    var it = Item(7, "bolt")
    show_id(it)
    show_label(it)
# VERIFIED-WITH: mojo 1.2.0
