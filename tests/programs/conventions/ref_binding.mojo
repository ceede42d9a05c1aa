# `ref` bindings alias an existing value: writes go to the original.
@fieldwise_init
struct Inner:
    var count: Int

@fieldwise_init
struct Outer:
    var inner: Inner
    var label: String

def main():
    var o = Outer(Inner(1), "box")
    ref r = o.inner.count
    r += 10
    print(o.inner.count)
    ref lbl = o.label
    lbl = lbl + "!"
    print(o.label)
    var x = 5
    ref y = x
    y = y * 3
    print(x)
# VERIFIED-WITH: mojo 1.2.0
