# A value passed where a type parameter is expected is rejected.
def show[T: Writable](x: T):
    print(x)

def main():
    show[3](3)
# ERROR: 6:10 E0401 parameter 'T' has 'Writable' type
# MOJO: invalid call to 'show': 'show' parameter 'T' has 'Writable' type, but value has type 'IntLiteral[3]'
# VERIFIED-WITH: mojo 1.2.0
