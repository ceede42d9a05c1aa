# Default (read-only) convention: the callee sees the caller's value;
# the explicit keyword is `imm` in Mojo 1.2 (`read` was removed).
@fieldwise_init
struct Big:
    var a: Int
    var b: Int

def total(x: Big) -> Int:
    return x.a + x.b

def total_imm(imm x: Big) -> Int:
    return x.a * x.b

def twice(n: Int) -> Int:
    return n * 2

def main():
    var big = Big(3, 4)
    print(total(big), total_imm(big))
    var n = 21
    print(twice(n), n)
# VERIFIED-WITH: mojo 1.2.0
