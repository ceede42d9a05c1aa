# Boolable: __bool__ used by if/while/not and Bool(x).
struct Budget(Boolable):
    var left: Int

    def __init__(out self, left: Int):
        self.left = left

    def __bool__(self) -> Bool:
        return self.left > 0

    def spend(mut self, n: Int):
        self.left -= n

def main():
    var b = Budget(3)
    if b:
        print("have budget")
    while b:
        print("left", b.left)
        b.spend(1)
    if not b:
        print("broke")
    print(Bool(b), Bool(Budget(1)))
# VERIFIED-WITH: mojo 1.2.0
