def show(var **opts: Int) raises:
    for item in opts.items():
        print(item.key, item.value)

def main() raises:
    show(a=1, b="two")
# ERROR: 6:17 E0401 cannot be converted from 'StringLiteral["two"]' to 'Int'
# MOJO: invalid call to 'show': value passed to 'opts' cannot be converted from 'StringLiteral["two"]' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
