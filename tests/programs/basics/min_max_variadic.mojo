# VERIFIED-WITH: mojo 1.2.0
# min and max take two or more arguments; literals adopt their partner's type.
def main():
    print(min(1, 2, 3), max(4, -1, 9, 2), min(2.5, 1.0, 3.0), max(Int8(3), 5, 1), min(3, 1))
    var x = 7
    print(min(x, 3, 10), max(x, 2, 11), abs(-x), min(Float32(2), 1.5))
