# Top-level functions as runtime values of type `def(...) thin -> T`: arguments, locals, reassignment, struct fields.
# VERIFIED-WITH: mojo 1.2.0
def add(a: Int, b: Int) -> Int:
    return a + b

def mul(a: Int, b: Int) -> Int:
    return a * b

def combine(f: def(Int, Int) thin -> Int, x: Int, y: Int) -> Int:
    return f(x, y)

@fieldwise_init
struct Op(Copyable):
    var name: String
    var f: def(Int, Int) thin -> Int

def main():
    print(combine(add, 3, 4), combine(mul, 3, 4))
    var g: def(Int, Int) thin -> Int = add
    print(g(1, 1))
    g = mul
    print(g(5, 5))
    var h = add
    print(h(20, 22))
    var op = Op("add", add)
    print(op.name, op.f(6, 7))
    op = Op("mul", mul)
    print(op.name, op.f(6, 7))
