# Legacy `var **kwargs: Int`: len, items() iteration with .key / .value, empty kwargs.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn show(var **opts: Int) raises:
    print("n =", len(opts))
    for item in opts.items():
        print(item.key, "=", item.value)

fn total_kw(var **opts: Int) -> Int:
    var s = 0
    for item in opts.items():
        s += item.value
    return s

fn main() raises:
    show(a=1, b=2)
    show()
    print(total_kw(x=1, y=2, z=3))
