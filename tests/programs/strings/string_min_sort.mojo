# VERIFIED-WITH: mojo 1.2.0
def smallest(a: String, b: String, c: String) -> String:
    var m = a
    if b < m:
        m = b
    if c < m:
        m = c
    return m

def main():
    print(smallest("pear", "apple", "fig"))
    print(smallest("zeta", "zebra", "zed"))
    print(smallest("b", "a", "c"))
