# __len__, __bool__, __int__, __float__ via len(), if, Int(), Float64().
# len/Int/Float64 need the declared conformances; `if b:` only needs __bool__.
@fieldwise_init
struct Box(Sized, Intable, Floatable):
    var items: Int
    var weight: Float64

    def __len__(self) -> Int:
        return self.items

    def __bool__(self) -> Bool:
        return self.items > 0

    def __int__(self) -> Int:
        return self.items * 10

    def __float__(self) -> Float64:
        return self.weight

def main():
    var b = Box(3, 1.25)
    print(len(b), Int(b), Float64(b))
    if b:
        print("non-empty")
    var e = Box(0, 0.0)
    if not e:
        print("empty", len(e))
    print(Float64(b) * 2.0)
# VERIFIED-WITH: mojo 1.2.0
