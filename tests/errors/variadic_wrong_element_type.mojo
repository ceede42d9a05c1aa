def total(*values: Int) -> Int:
    var s = 0
    for v in values:
        s += v
    return s

def main():
    print(total(1, "two", 3))
# ERROR: 8:20 E0401 cannot be converted from 'StringLiteral["two"]' to 'Int'
# MOJO: invalid call to 'total': value passed to 'values' cannot be converted from 'StringLiteral["two"]' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
