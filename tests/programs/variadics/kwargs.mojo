# `var **kwargs: Int`: iterate items and keys, len, and lookup by key.
# VERIFIED-WITH: mojo 1.2.0
def show(var **opts: Int) raises:
    print("n =", len(opts))
    for item in opts.items():
        print(item.key, "=", item.value)

def total(var **opts: Int) -> Int:
    var s = 0
    for item in opts.items():
        s += item.value
    return s

def keys_of(var **opts: Int):
    for k in opts.keys():
        print("key:", k)

def main() raises:
    show(a=7, y=8)
    show()
    print(total(x=1, y=2, z=3))
    keys_of(width=3, height=4)
    show(b=2, a=1)
