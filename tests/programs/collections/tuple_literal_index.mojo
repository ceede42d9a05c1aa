# Tuple literals mix types; t[0] indexes; print shows (a, b, c) with Strings unquoted; nesting works.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var t = (1, "x", 2.5)
    print(t)
    print(t[0], t[1], t[2])
    var nest = ((1, 2), "y")
    print(nest, nest[0][1])
    var single = (True, False)
    print(single)
