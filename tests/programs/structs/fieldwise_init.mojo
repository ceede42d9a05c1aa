# @fieldwise_init synthesizes __init__ taking the fields in declaration order.
@fieldwise_init
struct Item(Copyable, Movable):
    var name: String
    var qty: Int
    var price: Float64
    var taxed: Bool


def cost(it: Item) -> Float64:
    var c = Float64(it.qty) * it.price
    if it.taxed:
        c = c * 1.5
    return c


def main():
    var a = Item("pen", 3, 0.5, False)
    var b = Item("book", 2, 4.0, True)
    print(a.name, a.qty, a.price, a.taxed)
    print(b.name, b.qty, b.price, b.taxed)
    print(cost(a), cost(b))
    var c = Item(name="cup", qty=1, price=2.0, taxed=True)
    print(c.name, cost(c))
# VERIFIED-WITH: mojo 1.2.0
