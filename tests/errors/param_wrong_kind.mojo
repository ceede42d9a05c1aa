# A type passed where a value parameter (Int) is expected is rejected.
def times[n: Int](x: Int) -> Int:
    return x * n

def main():
    print(times[Int](5))
# ERROR: 6:17 E0401 parameter 'n' has 'Int' type
# MOJO: invalid call to 'times': 'times' parameter 'n' has 'Int' type, but value has type 'AnyStruct[Int]'
# VERIFIED-WITH: mojo 1.2.0
