trait HasId:
    def id(self) -> Int: ...

trait HasLabel(HasId):
    def label(self) -> String: ...

@fieldwise_init
struct Item(HasLabel):
    var s: String

    def label(self) -> String:
        return self.s

def main():
    var it = Item("bolt")
    print(it.label())
# ERROR: 8:8 E0316 does not implement all requirements for 'HasId'
# MOJO: 'Item' does not implement all requirements for 'HasId'
# VERIFIED-WITH: mojo 1.2.0
