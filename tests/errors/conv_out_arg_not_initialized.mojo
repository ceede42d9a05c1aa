@fieldwise_init
struct Pair:
    var a: Int
    var b: Int

def make(n: Int, out r: Pair):
    if n > 0:
        r = Pair(n, n)

def main():
    print(make(1).a)
# ERROR: 6:5 E0317 'r' is uninitialized at the implicit return
# MOJO: 'r' is uninitialized at the implicit return from this function
# VERIFIED-WITH: mojo 1.2.0
