# A List of a user struct: append, index, mutate a field through xs[i], iterate.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Item(Copyable):
    var name: String
    var qty: Int

def main():
    var items = List[Item]()
    items.append(Item("apple", 3))
    items.append(Item("pear", 5))
    items[0].qty += 10
    for it in items:
        print(it.name, it.qty)
    print(len(items), items[1].name)
