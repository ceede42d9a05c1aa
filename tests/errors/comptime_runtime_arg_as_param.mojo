# A runtime variable cannot be passed as a compile-time parameter.
def times[n: Int](x: Int) -> Int:
    return x * n

def main():
    var k = 2
    print(times[k](5))
# ERROR: 7:17 E0701 cannot use a dynamic value in a parameter list
# MOJO: invalid call to 'times': cannot use a dynamic value in a parameter list
# VERIFIED-WITH: mojo 1.2.0
