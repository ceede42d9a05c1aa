# Bool parameters select behaviour at compile time; a Bool default and a keyword override.
# VERIFIED-WITH: mojo 1.2.0
def fmt[upper: Bool = False](s: String) -> String:
    comptime if upper:
        return "[" + s + "]!"
    else:
        return "(" + s + ")"

def clamp[saturate: Bool](x: Int, hi: Int) -> Int:
    comptime if saturate:
        if x > hi:
            return hi
    return x

def main():
    print(fmt("a"))
    print(fmt[True]("b"))
    print(fmt[upper=False]("c"))
    print(clamp[True](50, 10))
    print(clamp[False](50, 10))
    print(clamp[True](5, 10))
    comptime flag = 3 > 2
    print(fmt[flag]("d"))
