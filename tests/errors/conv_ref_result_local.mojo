def bad(ref a: Int) -> ref [a] Int:
    var x = a + 1
    return x

def main():
    var v = 1
    print(bad(v))
# ERROR: 3:12 E0605 cannot return reference with incompatible origin
# MOJO: cannot return reference with incompatible origin: 'origin_of(x)' vs 'origin_of(a)'
# VERIFIED-WITH: mojo 1.2.0
