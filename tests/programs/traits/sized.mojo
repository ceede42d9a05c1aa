# Sized: __len__ used by len(x), also through a trait-bounded generic.
@fieldwise_init
struct Bag(Sized):
    var count: Int

    def __len__(self) -> Int:
        return self.count

def is_empty[T: Sized](x: T) -> Bool:
    return len(x) == 0

def main():
    var b = Bag(5)
    print(len(b))
    print(is_empty(b), is_empty(Bag(0)))
    for i in range(len(Bag(3))):
        print("item", i)
# VERIFIED-WITH: mojo 1.2.0
