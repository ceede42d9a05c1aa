@fieldwise_init
struct Cat:
    var lives: StringLiteral

def main():
    var c = Cat("a")
    print(String(c.lives))
# ERROR: 3:16 E0401 'StringLiteral[_]' is not concrete
# MOJO: 'StringLiteral[_]' is not concrete, use '[]' to bind missing parameters
# VERIFIED-WITH: mojo 1.2.0
