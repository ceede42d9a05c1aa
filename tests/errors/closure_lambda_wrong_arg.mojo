def main():
    var inc = lambda (x: Int) -> Int: x + 1
    print(inc("one"))
# ERROR: 3:14 E0401 cannot be converted from 'StringLiteral["one"]' to 'Int'
# MOJO: invalid indirect call: value passed to 'x' cannot be converted from 'StringLiteral["one"]' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
