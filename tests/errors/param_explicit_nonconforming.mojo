# An explicitly bound type parameter must conform to the bound: a struct without Comparable is rejected.
@fieldwise_init
struct Plain(Copyable):
    var v: Int

def less[T: Comparable](a: T, b: T) -> Bool:
    return a < b

def main():
    print(less[Int](1, 2))
    print(less[Plain](Plain(1), Plain(2)))
# ERROR: 11:16 E0316 parameter 'T' has 'Comparable' type
# MOJO: invalid call to 'less': 'less' parameter 'T' has 'Comparable' type, but value has type 'AnyStruct[Plain]'
# VERIFIED-WITH: mojo 1.2.0
