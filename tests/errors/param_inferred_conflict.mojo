# Both arguments share one type parameter: an Int and a String give conflicting inferences.
def same[T: Comparable](a: T, b: T) -> Bool:
    return a == b

def main():
    print(same(1, 2))
    print(same(1, String("x")))
# ERROR: 7:25 E0401 cannot be converted from 'String' to 'Int'
# MOJO: invalid call to 'same': value passed to 'b' cannot be converted from 'String' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
