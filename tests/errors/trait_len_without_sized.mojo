@fieldwise_init
struct Bag:
    var count: Int

    def __len__(self) -> Int:
        return self.count

def main():
    var b = Bag(3)
    print(len(b))
# ERROR: 10:15 E0503 no matching function in call to 'len'
# MOJO: no matching function in call to 'len'
# VERIFIED-WITH: mojo 1.2.0
