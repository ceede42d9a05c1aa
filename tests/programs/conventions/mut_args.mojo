# mut arguments: changes are visible to the caller.
@fieldwise_init
struct Counter:
    var hits: Int

def bump(mut c: Counter, by: Int):
    c.hits += by

def swap(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t

def append_bang(mut s: String):
    s += "!"

def main():
    var c = Counter(0)
    bump(c, 2)
    bump(c, 5)
    print(c.hits)
    var x = 1
    var y = 2
    swap(x, y)
    print(x, y)
    var s = String("hi")
    append_bang(s)
    append_bang(s)
    print(s)
# VERIFIED-WITH: mojo 1.2.0
