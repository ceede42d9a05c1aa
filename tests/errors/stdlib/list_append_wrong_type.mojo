def main():
    var xs: List[Int] = [1, 2]
    xs.append("three")
    print(xs)
# ERROR: 3:15 E0401 value passed to 'value' cannot be converted from 'StringLiteral
# MOJO: 3:15: invalid call to 'append': value passed to 'value' cannot be converted from 'StringLiteral["three"]' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
