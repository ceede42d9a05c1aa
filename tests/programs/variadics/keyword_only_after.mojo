# Arguments after `*values` are keyword-only; positional arguments before the variadic are bound first.
# VERIFIED-WITH: mojo 1.2.0
def scaled(label: String, *values: Int, factor: Int = 1, offset: Int = 0) -> String:
    var s = 0
    for v in values:
        s += v * factor
    return label + "=" + String(s + offset)

def main():
    print(scaled("a", 1, 2, 3))
    print(scaled("b", 1, 2, 3, factor=10))
    print(scaled("c", 5, offset=100, factor=2))
    print(scaled("d"))
    print(scaled("e", offset=-1))
