# A string literal passed for an Int parameter is rejected.
def times[n: Int](x: Int) -> Int:
    return x * n

def main():
    print(times["three"](5))
# ERROR: 6:17 E0401 parameter 'n' has 'Int' type
# MOJO: invalid call to 'times': 'times' parameter 'n' has 'Int' type, but value has type 'StringLiteral["three"]'
# VERIFIED-WITH: mojo 1.2.0
