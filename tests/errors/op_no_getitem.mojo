@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(1)
    print(a[0])
# ERROR: 7:12 E0403 is not subscriptable
# MOJO: 'V' is not subscriptable, it does not implement the `__getitem__`/`__setitem__` methods
# VERIFIED-WITH: mojo 1.2.0
